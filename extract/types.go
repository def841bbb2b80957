package extract

// Kind is the class of an Entity.
type Kind string

// The entity kinds.
const (
	Country      Kind = "Country"
	Person       Kind = "Person"
	Organization Kind = "Organization"
	City         Kind = "City"
)

// RelationType is the type of a Relation. The vocabulary, with the rule each
// type follows, is documented in the README ("Relations").
type RelationType string

// The relation types.
const (
	Visited         RelationType = "VISITED"          // Person -> Country or City; needs an explicit trip or arrival
	Met             RelationType = "MET"              // Person -- Person; talks, meetings, receiving someone
	PartnerOf       RelationType = "PARTNER_OF"       // Country -- Country; a stated partnership or alliance
	MemberOf        RelationType = "MEMBER_OF"        // Country or Organization -> Organization
	Joined          RelationType = "JOINED"           // Country or Organization -> Organization; carries the accession date
	SignedAgreement RelationType = "SIGNED_AGREEMENT" // Country -- Country; the signing parties
	TradePartnerOf  RelationType = "TRADE_PARTNER_OF" // Country -- Country; stated bilateral trade
	HoldsOffice     RelationType = "HOLDS_OFFICE"     // Person -> Country or Organization of the office
	HostedSummit    RelationType = "HOSTED_SUMMIT"    // City or Country -> Organization
	Attended        RelationType = "ATTENDED"         // Person or Country -> Organization (its summit)
)

// Symmetric reports whether t links its two ends without a direction; such
// relations are stored once, with the smaller id as Source.
func (t RelationType) Symmetric() bool {
	switch t {
	case Met, PartnerOf, TradePartnerOf, SignedAgreement:
		return true
	}
	return false
}

// RelationTypes lists every relation type, in a fixed order.
var RelationTypes = []RelationType{Visited, Met, PartnerOf, MemberOf, Joined, SignedAgreement, TradePartnerOf, HoldsOffice, HostedSummit, Attended}

// Status says whether a relation happened or is only announced.
type Status string

// The statuses.
const (
	Occurred Status = "occurred"
	Planned  Status = "planned" // future, scheduled, invited or expected
)

// Article is one news article and its metadata. Text is what offsets count
// into; Published anchors relative dates and office look-ups.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published Date   `json:"published"`
	Language  string `json:"language"` // ISO 639-1: "ar" or "en"; detected when empty
	Text      string `json:"-"`
}

// Span is a range of code points of Article.Text, end exclusive, with its text.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one resolved country, person, organisation or city.
type Entity struct {
	ID       string `json:"id"`
	Kind     Kind   `json:"kind"`
	Name     string `json:"name"`              // English canonical name
	NameAr   string `json:"name_ar,omitempty"` // Arabic canonical name, where known
	Country  string `json:"country,omitempty"` // City only: the ISO code of its country
	Mentions []Span `json:"mentions"`          // sorted by Start; empty when only implied
}

// Relation is one dated fact between two entities, with the sentence that
// says so.
type Relation struct {
	Type       RelationType `json:"type"`
	Source     string       `json:"source"`
	Target     string       `json:"target"`
	Date       Date         `json:"date"`
	Status     Status       `json:"status"`
	Confidence float64      `json:"confidence"`
	CAMEO      string       `json:"cameo,omitempty"`
	Role       string       `json:"role,omitempty"` // HOLDS_OFFICE only: "president", "foreign-minister", ...
	Evidence   Span         `json:"evidence"`
}

// Result is what Extract finds in one article.
type Result struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}
