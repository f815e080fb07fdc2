package loaders

// sentence is one sentence of an article: its text, its tokens and what
// was found in it.
type sentence struct {
	index int
	text  string // the evidence: trimmed, white space collapsed
	toks  []token
	// headline is true for a line without a final stop: a headline or a
	// caption. In headlines "A, B agree" lists actors with a comma.
	headline bool
	question bool
	// hedged is true when a word of the sentence voids the relations of
	// its clause: "reportedly".
	hedged bool

	mentions []mention
	actors   []*actor
	// bodiesKnown is how many body names (discourse.bodyNames) the
	// article had given when the sentence was read.
	bodiesKnown int
}

// isTerminal reports whether t ends a sentence.
func isTerminal(t token) bool {
	return !t.word && (t.fold == "." || t.fold == "!" || t.fold == "?" || t.text == "…")
}

// isCloser reports whether t closes a quotation or a parenthesis.
func isCloser(t token) bool {
	return !t.word && (t.fold == `"` || t.fold == "'" || t.fold == ")")
}

// splitSentences splits the tokens of one line into sentences, returning
// their token ranges. A full stop ends a sentence when the next token
// starts a new one (a capital, a digit or an opening quote) and the word
// before it is not an abbreviation or an initial.
func splitSentences(toks []token, words *wordClasses) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(toks); i++ {
		if endsWithAcronym(toks, i, words) {
			// "... supported by the U.S. The offensive ...".
			out = append(out, [2]int{start, i + 1})
			start = i + 1
			continue
		}
		if !isTerminal(toks[i]) {
			continue
		}
		if toks[i].fold == "." && i > start && !toks[i].space {
			prev := toks[i-1]
			if i+1 < len(toks) && !toks[i+1].space && isDigit(prev.fold) && isDigit(toks[i+1].fold) {
				// "$2.5 billion": a decimal point.
				continue
			}
			if prev.word && (prev.is(classAbbreviation) || (len(prev.text) == 1 && prev.cap)) {
				continue
			}
		}
		end := i + 1
		for end < len(toks) && (isTerminal(toks[end]) || (isCloser(toks[end]) && !toks[end].space)) {
			end++
		}
		if end < len(toks) && !startsSentence(toks[end]) {
			i = end - 1
			continue
		}
		out = append(out, [2]int{start, end})
		start = end
		i = end - 1
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// endsWithAcronym reports whether toks[i] is a dotted acronym ending a
// sentence: followed by a word that only starts sentences ("The", "He").
func endsWithAcronym(toks []token, i int, words *wordClasses) bool {
	t := toks[i]
	if !t.word || !t.upper || t.text[len(t.text)-1] != '.' || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.space && next.cap && next.is(classOpener)
}

// isDigit reports whether w starts with a digit.
func isDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// startsSentence reports whether t may be the first token of a sentence.
func startsSentence(t token) bool {
	if t.word {
		return t.cap || (t.fold != "" && t.fold[0] >= '0' && t.fold[0] <= '9')
	}
	switch t.fold {
	case `"`, "'", "(", "--":
		return true
	}
	return false
}
