package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

func TestRoles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian President Vladimir Putin arrived.",
			want: []string{fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
		{text: "Iran's President Hassan Rouhani spoke.",
			want: []string{fact("Hassan Rouhani", graph.PresidentOf, "Iran")}},
		{text: "Today Russian President Vladimir Putin has a phone conversation with President of the Islamic Republic of Iran Hassan Rouhani.",
			want: []string{fact("Hassan Rouhani", graph.PresidentOf, "Iran"), fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
		{text: "Israeli Prime Minister Benjamin Netanyahu left.",
			want: []string{fact("Benjamin Netanyahu", graph.PrimeMinisterOf, "Israel")}},
		{text: "Syrian Foreign Minister Walid al-Moallem arrived.",
			want: []string{fact("Walid al-Moallem", graph.ForeignMinisterOf, "Syria")}},
		{text: "Russia's Defense Minister Sergei Shoigu flew in.",
			want: []string{fact("Sergei Shoigu", graph.DefenseMinisterOf, "Russia")}},
		{text: "U.S. Secretary of State John Kerry spoke.",
			want: []string{fact("John Kerry", graph.ForeignMinisterOf, "United States")}},
		{text: "Kremlin spokesman Dmitry Peskov told reporters.",
			want: []string{fact("Dmitry Peskov", graph.SpokespersonOf, "Kremlin")}},
		{text: "Guards chief Major General Mohammad Ali Jafari said so.",
			want: []string{fact("Mohammad Ali Jafari", graph.HeadOf, "Islamic Revolutionary Guard Corps")}},
		{text: "Ali Shamkhani, secretary of the Supreme National Security Council, sent a message.",
			want: []string{fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council")}},
		{text: "The head of Iran's National Security Council, Ali Shamkhani, declared victory.",
			want: []string{
				fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council"),
				fact("Supreme National Security Council", graph.PartOf, "Iran"),
			}},
		{text: "Iran's envoy on Syria, Ali Shamkhani, was in Moscow.",
			want: []string{fact("Ali Shamkhani", graph.EnvoyOf, "Iran"), fact("Ali Shamkhani", graph.EnvoyTo, "Syria")}},
		{text: "Russia's Ambassador to Israel Anatoly Viktorov said that.",
			want: []string{fact("Anatoly Viktorov", graph.EnvoyOf, "Russia"), fact("Anatoly Viktorov", graph.EnvoyTo, "Israel")}},
		{text: "UN Special Envoy for Syria Staffan de Mistura welcomed it.",
			want: []string{fact("Staffan de Mistura", graph.EnvoyOf, "United Nations"), fact("Staffan de Mistura", graph.EnvoyTo, "Syria")}},
		{text: "President Bashar al-Assad won.",
			want: []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")}},
		{text: "Iran's President Hassan Rouhani thanked his Russian counterpart Vladimir Putin.",
			want: []string{fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
		{text: "Foreign ministry spokesman Hossein Jaber Ansari lauded the victory.",
			want: []string{fact("Hossein Jaber Ansari", graph.SpokespersonOf, "Iran")}},
		{text: "Iran provides support to Assad through its elite Revolutionary Guards.",
			want: []string{fact("Islamic Revolutionary Guard Corps", graph.PartOf, "Iran")}},
		{text: "Secretary of the Security Council of the Russian Federation Nikolai Patrushev met him.",
			want: []string{fact("Nikolai Patrushev", graph.HeadOf, "Security Council of Russia")}},
		{text: "Hezbollah leader Hassan Nasrallah spoke.",
			want: []string{fact("Hassan Nasrallah", graph.HeadOf, "Hezbollah")}},
		{text: "Major General Qassem Soleimani, commander of the IRGC's Quds Force, visited Aleppo.",
			want: []string{fact("Qasem Soleimani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "Iran's Quds Force, led by Qassem Soleimani, planned the offensive.",
			want: []string{fact("Qasem Soleimani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Iran")}},
		{text: "Russian Security Council Secretary Nikolai Patrushev arrived.",
			want: []string{fact("Nikolai Patrushev", graph.HeadOf, "Security Council of Russia")}},
		{text: "Turkish presidential spokesman Ibrahim Kalin said so.",
			want: []string{fact("İbrahim Kalın", graph.SpokespersonOf, "Turkey")}},
		{text: "Russia's Foreign Ministry spokeswoman Maria Zakharova said so.",
			want: []string{fact("Maria Zakharova", graph.SpokespersonOf, "Russian Foreign Ministry"), fact("Russian Foreign Ministry", graph.PartOf, "Russia")}},
		{text: "Turkey, a member of NATO, backs the rebels.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")}},
		{text: "The Kremlin said Putin and Iran's Hassan Rowhani spoke.",
			want: []string{fact("Hassan Rouhani", graph.PresidentOf, "Iran")}},
		// The catalog knows no lasting office of Fidan, long a spy chief.
		{text: "Turkey's Hakan Fidan met Assad.",
			not: []string{fact("Hakan Fidan", graph.ForeignMinisterOf, "Turkey")}},
		{text: "Foreign Minister Hakan Fidan met Assad.",
			want: []string{fact("Hakan Fidan", graph.ForeignMinisterOf, "Turkey")}},
		{text: "Tasnim published images of Qassim Soleimani, the head of the Quds Force of the Revolutionary Guard, praying.",
			want: []string{fact("Qasem Soleimani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "Senior Advisor to Foreign Minister Hossein Jaberi Ansari met Lavrentiev.",
			not: []string{fact("Hossein Jaber Ansari", graph.ForeignMinisterOf, "Iran")}},
		{text: "Iran's senior negotiator Hossein Jaberi Ansari met Lavrentiev.",
			want: []string{fact("Hossein Jaber Ansari", graph.EnvoyOf, "Iran")}},
		{text: "Our president [Vladimir Putin] has talked about it with Mr. [Turkish President Recep Tayyip] Erdogan.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.PresidentOf, "Turkey"), fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Deputy Prime Minister, Foreign and Expatriates Minister Walid al-Moallem met Khaji.",
			want: []string{fact("Walid al-Moallem", graph.ForeignMinisterOf, "Syria")},
			not:  []string{fact("Walid al-Moallem", graph.PrimeMinisterOf, "Syria")}},
		// Discovery: a title before an unknown name makes a person.
		{text: "Turkish Defense Minister Kemal Yurtsever visited Ankara.",
			want: []string{fact("Kemal Yurtsever", graph.DefenseMinisterOf, "Turkey")}},
		{text: "Omar Haddad, secretary of the Syrian Supreme Military Council, resigned.",
			want: []string{fact("Omar Haddad", graph.HeadOf, "Syrian Supreme Military Council")}},
		// Offices that are not the role they contain.
		{text: "Iranian Deputy Foreign Minister Hossein Jaberi Ansari met Assad.",
			not: []string{fact("Hossein Jaber Ansari", graph.ForeignMinisterOf, "Iran")}},
		{text: "Former President Mahmoud Ahmadinejad spoke.",
			not: []string{fact("Mahmoud Ahmadinejad", graph.PresidentOf, "Iran")}},
		// A possessive is no part-of for a body that is not the state's.
		{text: "Lebanon's Hezbollah fought in Qusayr.",
			not: []string{fact("Hezbollah", graph.PartOf, "Lebanon")}},
	})
}

// TestOfficeReferences checks that "the Iranian President" and "the
// secretary of the NSC" stand for the people the article names in office.
func TestOfficeReferences(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian President Vladimir Putin and his Iranian counterpart Hassan Rouhani conferred by phone. Putin called Rouhani to offer congratulations on the Iranian President's re-election.",
			want: []string{
				fact("Hassan Rouhani", graph.PresidentOf, "Iran"),
				fact("Vladimir Putin", graph.Congratulated, "Hassan Rouhani"),
			}},
		{text: "Both the Kremlin and the secretary of the Iranian National Security Council (NSC) have congratulated Assad. NSC Secretary Ali Shamkhani was quoted.",
			want: []string{
				fact("Kremlin", graph.Congratulated, "Bashar al-Assad"),
				fact("Ali Shamkhani", graph.Congratulated, "Bashar al-Assad"),
				fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council"),
			}},
	})
}
