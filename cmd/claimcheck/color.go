package main

import "os"

// useColor reports whether the table output is coloured: only on a
// terminal, never into a file, and never when NO_COLOR is set to anything
// but the empty string (https://no-color.org).
func useColor(e *env, output string) bool {
	return e.stdoutTTY && output == "" && os.Getenv("NO_COLOR") == ""
}
