package web

import (
	"embed"
	"html/template"
)

//go:embed assets/form.html
var pageFS embed.FS

// formTemplate holds the start page ("form") and the error page ("error");
// the result page is the report's own template.
var formTemplate = template.Must(template.ParseFS(pageFS, "assets/form.html"))

type formData struct {
	Nonce    string
	CSS      template.CSS
	JS       template.JS
	Config   string
	MaxBody  string
	MaxFiles int
	Paths    []string
}

type errorData struct {
	Nonce      string
	CSS        template.CSS
	Status     int
	StatusText string
	Message    string
}
