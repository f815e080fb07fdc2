package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestObjectPronounBeforeTheSpeaker checks that "him", when it cannot be its
// own clause's subject, is not given to the one who reports the clause
// ("Y said X received him") when the sentence before names a person: that
// person is the one received. With no one else in the sentence, "him" is
// the person of the sentence before, not no one.
func TestObjectPronounBeforeTheSpeaker(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{text: "President Kofi Mensah landed in Accra on Monday. Foreign Minister Yaw Boateng said President Ama Dodzi received him at the palace.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")},
			not:  []string{fact("Ama Dodzi", graph.MetWith, "Yaw Boateng"), fact("Yaw Boateng", graph.MetWith, "Ama Dodzi")}},
		{text: "President Kofi Mensah landed in Accra on Monday. Spokesman Yaw Boateng said President Ama Dodzi phoned him later.",
			not: []string{fact("Ama Dodzi", graph.SpokeWith, "Yaw Boateng"), fact("Yaw Boateng", graph.SpokeWith, "Ama Dodzi")}},
		{text: "President Kofi Mensah landed in Accra on Monday. According to Yaw Boateng, President Ama Dodzi called him to congratulate him.",
			not: []string{fact("Ama Dodzi", graph.SpokeWith, "Yaw Boateng"), fact("Yaw Boateng", graph.SpokeWith, "Ama Dodzi"), fact("Ama Dodzi", graph.Congratulated, "Yaw Boateng")}},
		{text: "President Kofi Mensah landed in Accra on Monday. Ghana's foreign minister Yaw Boateng said President Ama Dodzi hosted him for talks.",
			not: []string{fact("Ama Dodzi", graph.MetWith, "Yaw Boateng"), fact("Yaw Boateng", graph.MetWith, "Ama Dodzi")}},
		{text: "President Kofi Mensah arrived in Accra. President Ama Dodzi met him at the airport.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
		// The one after "of" before the verb may be "him" himself: no
		// one of the sentence before.
		{text: "President Kofi Mensah chaired the meeting. The cabinet said the actions of President Ama Dodzi had stripped him of his legitimacy.",
			not: []string{fact("Ama Dodzi", graph.Opposes, "Kofi Mensah")}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkGot(t, factKeys(t, c.text), c.want, c.not)
		})
	}
}
