package loaders

import "testing"

// placeNamesDeal needs a place before the deal's noun: a name of one word
// (or none) names no place, so it is no other deal's, and does not panic.
func TestPlaceNamesDealNeedsPlace(t *testing.T) {
	lima := &entry{name: "Lima accord"}
	tests := []struct {
		name string
		want string // the deal returned: the entry itself, or "Lima accord"
	}{
		{name: "Accord", want: "Accord"},
		{name: "", want: ""},
		// The companion: a place that names the other deal.
		{name: "Lima agreement", want: "Lima accord"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &entry{name: tc.name}
			a := &article{}
			a.refs.agreements = []*entry{lima, e}
			a.refs.agreementKinds = map[*entry]dealKind{lima: dealAny, e: dealAny}
			if got := a.placeNamesDeal(e, dealAny); got.name != tc.want {
				t.Errorf("placeNamesDeal(%q) = %q, want %q", tc.name, got.name, tc.want)
			}
		})
	}
}
