// Command entente turns news articles about a conflict into a knowledge
// graph kept in Cayley, and answers questions about it.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
