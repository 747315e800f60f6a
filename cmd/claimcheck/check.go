package main

type checkCmd struct {
	Paths []string `arg:"" name:"path" help:"Article files, directories, or - for standard input."`
}

func (c *checkCmd) Run(e *env) error { return trouble("check: not wired yet") }
