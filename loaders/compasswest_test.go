package loaders

import "testing"

// TestCompassWestIsNoBloc checks that "the west" written in lower case, a
// compass point of the country the report is about ("in the west of the
// country", "armed groups in the west"), does not name the Western bloc,
// whose alias "the West" is capitalised; the capitalised bloc is still
// recognised (though, a loose group of states, it is no end of a fact:
// TestCollectiveNoSide).
func TestCompassWestIsNoBloc(t *testing.T) {
	for _, c := range []struct {
		text string
		bloc bool
	}{
		{"The Dalmour Brigades, one of the strongest armed groups in the west, said they opposed the plan.", false},
		{"Ghana said the Kessan Front had been armed by smugglers operating in the west.", false},
		{"Ghana accused the West of arming the Dalmour Brigades.", true},
		{"Ghana said the Kessan Front had been armed by the West.", true},
	} {
		if got := namesEntity(t, c.text, "Western countries"); got != c.bloc {
			t.Errorf("%q: Western bloc recognised %v, want %v", c.text, got, c.bloc)
		}
	}
}
