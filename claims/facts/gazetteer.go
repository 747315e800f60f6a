package facts

import "strings"

// places is a small gazetteer of countries, regions and cities (canonical
// names). Lookup is by exact spelling.
var places = setOf(countryNames + " " + otherPlaceNames + " " + stateNames)

// regions are the places of the gazetteer that contain cities: its
// countries and U.S. states. "Ohio, Iowa and Maine" lists three of them;
// "Houston, Texas" names a city by its state.
var regions = setOf(countryNames + " " + stateNames)

// countryNames, otherPlaceNames and stateNames are the gazetteer's words.
const (
	countryNames = `Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan
Bahrain Bangladesh Belarus Belgium Bhutan Bolivia Bosnia Brazil Bulgaria Burma Cambodia Cameroon Canada Chad
Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Eritrea Estonia Ethiopia
Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya
Lithuania Malaysia Mali Mexico Moldova Mongolia Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger
Nigeria Norway Oman Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar Romania Russia Rwanda
Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania
Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe`
	otherPlaceNames = `Gaza Kashmir Balochistan Baluchistan Punjab Sindh Khyber Waziristan Crimea Donbas Tibet Xinjiang Europe Asia Africa
Kabul Islamabad Karachi Lahore Peshawar Quetta Kandahar Herat Jalalabad Tehran Delhi Mumbai Beijing Moscow
Washington London Paris Berlin Brussels Geneva Tokyo Kyiv Kiev Ankara Istanbul Riyadh Doha Dubai Cairo
Jerusalem Baghdad Damascus Beirut Hollywood Houston Chicago Boston Torkham Chaman
Rawalpindi Dhaka Kathmandu Colombo Tashkent Dushanbe`
	stateNames = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas
Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`
)

// multiPlaces are places written in several words.
var multiPlaces = setOf(`United_States United_Kingdom Saudi_Arabia New_York Los_Angeles South_Africa
North_Korea South_Korea New_Zealand Sri_Lanka United_Arab_Emirates Durand_Line West_Bank Middle_East
South_Asia Central_Asia Hong_Kong New_Delhi Khyber_Pakhtunkhwa San_Francisco Czech_Republic
Ivory_Coast Costa_Rica Burkina_Faso Kensington_Palace New_Hampshire New_Jersey New_Mexico
North_Carolina North_Dakota South_Carolina South_Dakota Rhode_Island West_Virginia`)

// IsRegion reports whether name is a country or U.S. state of the
// gazetteer, a place that is not named by the place it lies in.
func IsRegion(name string) bool { return regions[name] }

// IsPlace reports whether name, as written, is a place of the gazetteer
// (a country, region, city or U.S. state, in one word or several, or an
// abbreviation of one: "Arizona", "New Mexico", "U.S.").
func IsPlace(name string) bool {
	_, alias := placeAliases[name]
	return places[name] || multiPlaces[name] || alias
}

// placeAliases map abbreviations of places to canonical names.
var placeAliases = map[string]string{
	"U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
	"UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
	"Great Britain": "United Kingdom", "UAE": "United Arab Emirates", "America": "United States",
	"Kiev": "Kyiv", "Burma": "Myanmar",
}

// knownAcronyms are expansions of acronyms common in news.
var knownAcronyms = map[string]string{
	"UN": "United Nations", "U.N.": "United Nations", "EU": "European Union", "NATO": "North Atlantic Treaty Organization",
	"IMF": "International Monetary Fund", "WHO": "World Health Organization", "TTP": "Tehreek-e-Taliban Pakistan",
	"ISIS": "Islamic State", "ISIL": "Islamic State", "IS": "Islamic State", "UNHCR": "United Nations High Commissioner for Refugees",
	"FBI": "Federal Bureau of Investigation", "CIA": "Central Intelligence Agency", "ISI": "Inter-Services Intelligence",
	"GOP": "Republican Party", "SCO": "Shanghai Cooperation Organisation", "IOM": "International Organization for Migration",
	"CPEC": "China-Pakistan Economic Corridor", "ICC": "International Criminal Court", "OPEC": "Organization of the Petroleum Exporting Countries",
}

// demonyms map a nationality adjective (and its plural) to its country.
var demonyms = map[string]string{
	"Afghan": "Afghanistan", "Pakistani": "Pakistan", "Iranian": "Iran", "Chinese": "China",
	"Russian": "Russia", "Indian": "India", "American": "United States", "Israeli": "Israel",
	"Palestinian": "Palestine", "British": "United Kingdom", "French": "France", "German": "Germany",
	"Turkish": "Turkey", "Saudi": "Saudi Arabia", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
	"Iraqi": "Iraq", "Syrian": "Syria", "Egyptian": "Egypt", "Lebanese": "Lebanon", "Jordanian": "Jordan",
	"Ukrainian": "Ukraine", "Japanese": "Japan", "Korean": "Korea", "Bangladeshi": "Bangladesh",
	"Nepali": "Nepal", "Nepalese": "Nepal", "Uzbek": "Uzbekistan", "Tajik": "Tajikistan", "Turkmen": "Turkmenistan",
	"Kazakh": "Kazakhstan", "Italian": "Italy", "Spanish": "Spain", "Canadian": "Canada", "Mexican": "Mexico",
	"Brazilian": "Brazil", "Australian": "Australia", "Yemeni": "Yemen", "Libyan": "Libya", "Sudanese": "Sudan",
	"Somali": "Somalia", "Nigerian": "Nigeria", "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "European": "Europe",
	"Kashmiri": "Kashmir", "Baloch": "Balochistan", "Baluch": "Balochistan", "Pashtun": "Afghanistan",
	"Polish": "Poland", "Dutch": "Netherlands", "Swedish": "Sweden", "Greek": "Greece", "Irish": "Ireland",
	"Sri Lankan": "Sri Lanka", "Burmese": "Myanmar", "Vietnamese": "Vietnam", "Thai": "Thailand",
	"Indonesian": "Indonesia", "Malaysian": "Malaysia", "Filipino": "Philippines", "Belarusian": "Belarus",
}

// demonymPlural returns the country of a plural demonym ("Afghans").
func demonymPlural(w string) (string, bool) {
	if strings.HasSuffix(w, "s") {
		if c, ok := demonyms[w[:len(w)-1]]; ok {
			return c, true
		}
	}
	return "", false
}

// groups are armed or political movements named without a keyword.
var groups = setOf(`Taliban Hamas Hezbollah Hizbollah Qaeda al-Qaeda Daesh ISIS ISIL TTP Houthis Houthi
Tehreek-e-Taliban Lashkar-e-Taiba Jaish-e-Mohammed Haqqani Mujahideen`)

// namedBodies are organisations named without a keyword of orgWords.
var namedBodies = map[string]bool{
	"White House": true, "Pentagon": true, "Kremlin": true, "Vatican": true, "Downing Street": true,
	"Federal Reserve": true, "Scotland Yard": true, "Interpol": true, "Europol": true,
}

// orgWords make a name an organisation.
var orgWords = setOf(`Ministry Party Army Organisation Organization Council Government Agency Bank University
Committee Commission Court Police Forces Force Corporation Inc Ltd Company Association Union Front Movement
Nations Pictures Studios Office Department Parliament Assembly Senate Congress Institute Foundation Fund
Authority Board Bureau Network News Times Post Group Club Federation League Navy Administration Cabinet
Embassy Service Services Guard Corps Secretariat Tribunal Directorate Command Alliance Coalition Society
Centre Center Trust Church School College Academy Hospital Airlines Airways Media Television Radio Press`)

// titles introduce a person's name.
var titles = setOf(`President Prime Minister Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Gen Gen. General Sen Sen. Senator King
Queen Chancellor Secretary Governor Mayor Judge Justice Sheikh Imam Mullah Chief Commander Spokesman
Spokesperson Ambassador Pope Prince Princess Colonel Col. Lt. Lieutenant Captain Capt. Rep. Representative
Foreign Interior Defence Defense Deputy Vice Supreme Leader Emir Sultan Field Marshal Maj. Major Minister Sir
Lord Lady Professor Prof. Rev. Reverend Director Agent Officer Premier Justice`)

// firstNames is a short list of common given names across news regions.
var firstNames = setOf(`John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory
Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary
Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence
Jesse Joe Bryan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell
Elijah Louis Bobby Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy
Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria
Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria
Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly
Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary Bernie Ted
Marco Angelina Elle Sam Imelda Juno Lesley Linda Joe Kamala Vladimir Xi Narendra Imran Nawaz Shehbaz Asif Bilawal
Benazir Maryam Ebrahim Hassan Ali Mohammad Muhammad Mohammed Ahmed Ahmad Abdul Abdullah Hamid Ashraf Amir Zabihullah
Hibatullah Sirajuddin Khawaja Ishaq Shah Mahmood Sharif Anwar Gul Omar Osama Ayman Recep Emmanuel Olaf Rishi Keir
Boris Angela Justin Antonio Volodymyr Sergei Sergey Dmitry Wang Li Zhang Kim Moon Yoon Fumio Shinzo Jair Luis
Carlos Javier Pedro Miguel Ahmet Mustafa Yusuf Fatima Aisha Malala Hina Sherry Mariam Sadiq Arif Tariq Faisal`)

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}
