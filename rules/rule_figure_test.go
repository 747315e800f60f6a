package rules

import (
	"strings"
	"testing"
)

// TestFigureUnsourced is pattern 6 of issue 11: a statistic someone measured
// needs a source; the size of the policy being reported and a year read as
// a count do not; the figure is shown once, as written. want is the figure
// text each finding names, in order.
func TestFigureUnsourced(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The administration imposed a 25 percent tariff on imported steel.", nil},
		{"The ministry set a tariff of 10 percent on aluminum from Canada.", nil},
		{"Congress voted to raise the payroll tax cap to $132,900.", nil},
		{"The new duties return steel imports to 2017 levels.", nil},
		{"Unemployment fell to 4.1 percent in March.", []string{"4.1 percent"}},
		{"Nearly 40,000 workers lost their jobs at the mills last year.", []string{"Nearly 40,000 workers"}},
		{"The repairs cost the city $4.2 million over two years.", []string{"$4.2 million"}},
		{"Nearly 40,000 workers lost their jobs at the mills, the Labor Department said.", nil},
		{"Three border crossings were closed on Tuesday.", nil}, // a small count is not a statistic
		{"Parking fees rose by 40% in May.", []string{"40%"}},   // measured, not set
		// a measurement that shows the figure, or someone citing it, is its origin
		{"The latest Fox News poll of likely voters showed Romney at 46 percent.", nil},
		{"Census data found that 35 percent of residents rent.", nil},
		{"Ryan continued his argument, mentioning the $831 billion stimulus.", nil},
		{"The White House highlighted comments from Mark Zandi projecting that the deal would create 1.6 million jobs.", nil},
		{"The district is 35 percent Latino.", []string{"35 percent"}},
		{"The report cost $2 million to produce.", []string{"$2 million"}}, // a report that shows nothing
		// the terms of a legal action are on the court's record
		{"Grimm was charged with illegally funneling more than $10,000 to his campaign.", nil},
		{"Jackson pleaded guilty to charges that he spent $750,000 in campaign cash.", nil},
		{"The board ordered the restaurant to pay $88,000 in back wages.", nil},
		{"The restaurant paid $88,000 in back wages last year.", []string{"$88,000"}},
		{"Jackson pleaded guilty in a federal courtroom Wednesday morning to using campaign funds to purchase an array of personal items including a $43,000 Rolex watch.", nil},
		{"Court papers released by federal prosecutors on Wednesday provided new details about how Mr. Jackson and his wife used the $750,000 in campaign money.", nil}, // "Mr." ends no sentence
		// an election's result is on the public record
		{"Brat unseated the majority leader with 56 percent of the vote.", nil},
		{"He won two years ago by 36 percentage points.", nil},
		{"Republicans hold a 242-190 seat advantage in the House.", nil},
		{"He won the general election race for a seventh term in 2012 with 58 percent.", nil},
		{"The measure won support with 300 votes to spare.", []string{"300 votes"}}, // a count, not a share
		{"Turnout rose by 12 percent in the suburbs.", []string{"12 percent"}},
		// an order of magnitude in words is measured by no one
		{"The bill would extend benefits to millions of unemployed Americans.", nil},
		{"Hundreds of thousands of people lined up at the restaurants on Wednesday.", nil},
		{"Outside groups have spent millions of dollars on the race.", nil},
		{"Tens of thousands of protesters marched through the capital.", nil},
		{"Two million people lost coverage when the program ended.", []string{"Two million people"}},
		{"Outside groups have spent $3 million on the race.", []string{"$3 million"}},
		// the size of the spending measure being reported
		{"Mr. Obama pressed for approval of $60 billion in infrastructure spending.", nil},
		{"Republicans want $2 trillion in spending cuts.", nil},
		{"The city lost $3 million in revenue last year.", []string{"$3 million"}},
		// a figure based on a study has its origin
		{"He said the plan would cost seniors $6,400 a year. The $6,400 figure is based on a study of his earlier plan.", nil},
		// documents that show, and a paragraph that lists what they showed
		{"A new report cited another document that showed 97 billion pieces of data were collected in March.", nil},
		{"Documents released on Friday showed how he used the money.\n\nHe bought a $5,000 football and a $4,600 fedora.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range messagesOf(t, "figure-unsourced", "Headline\n\n"+tt.text+"\n") {
			got = append(got, figureOf(m))
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: figures %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: figures %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}

// figureOf returns the quoted figure of a figure-unsourced message.
func figureOf(msg string) string {
	_, rest, _ := strings.Cut(msg, `"`)
	fig, _, _ := strings.Cut(rest, `"`)
	return fig
}
