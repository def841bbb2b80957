package extract

import "fmt"

// PloverRecord is one event in the shape of PLOVER event data (the ontology
// POLECAT uses): who did what to whom, when, with the sentence it comes from
// and where that sentence was published.
type PloverRecord struct {
	ID         string   `json:"id"`
	Date       string   `json:"date"`
	DateSource string   `json:"date_source"` // "text", or "publication" when the text gives none
	Actor      string   `json:"actor"`
	ActorName  string   `json:"actor_name"`
	Recipient  string   `json:"recipient"`
	RecipName  string   `json:"recipient_name"`
	Event      string   `json:"event"`
	Mode       string   `json:"mode,omitempty"`
	Context    []string `json:"context,omitempty"`
	EventText  string   `json:"event_text"`
	TextInfo   Span     `json:"text_info"`
	CiteInfo   Cite     `json:"cite_info"`
	Relation   string   `json:"diplograph_relation"`
	Status     Status   `json:"diplograph_status"`
	CAMEO      string   `json:"cameo,omitempty"`
}

// Cite is where an event was read.
type Cite struct {
	ArticleID   string `json:"article_id"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language"`
	Publication string `json:"publication_date,omitempty"`
}

// Plover turns a result's events into PLOVER records, in the order of its
// relations. Visits and meetings are CONSULT (mode visit for a visit,
// multilateral for summits); announced visits, meetings and signings are
// AGREE, as PLOVER codes intentions; partnerships and signed agreements
// are SUPPORT; accessions are SUPPORT in the context of membership; trade
// ties are COOPERATE in an economic context. Offices and memberships are
// states, not events, and are left out. An event the text does not date
// takes the publication date, marked so in DateSource.
func Plover(r Result) []PloverRecord {
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
	}
	var out []PloverRecord
	for i, rel := range r.Relations {
		event, mode, ctx := ploverEvent(rel)
		if event == "" {
			continue
		}
		date, src := rel.Date.String(), "text"
		if date == "" {
			date, src = r.Article.Published.String(), "publication"
		}
		out = append(out, PloverRecord{
			ID:   fmt.Sprintf("%s-%03d", r.Article.ID, i),
			Date: date, DateSource: src,
			Actor: rel.Source, ActorName: names[rel.Source],
			Recipient: rel.Target, RecipName: names[rel.Target],
			Event: event, Mode: mode, Context: ctx,
			EventText: rel.Evidence.Text, TextInfo: rel.Evidence,
			CiteInfo: Cite{ArticleID: r.Article.ID, URL: r.Article.URL, Title: r.Article.Title, Language: r.Article.Language, Publication: r.Article.Published.String()},
			Relation: string(rel.Type), Status: rel.Status, CAMEO: rel.CAMEO,
		})
	}
	return out
}

func ploverEvent(rel Relation) (event, mode string, context []string) {
	planned := rel.Status == Planned
	switch rel.Type {
	case Visited:
		if planned {
			return "AGREE", "", []string{"visit"}
		}
		return "CONSULT", "visit", nil
	case Met:
		if planned {
			return "AGREE", "", []string{"meeting"}
		}
		return "CONSULT", "", nil
	case HostedSummit, Attended:
		if planned {
			return "AGREE", "", []string{"summit"}
		}
		return "CONSULT", "multilateral", nil
	case SignedAgreement:
		if planned {
			return "AGREE", "", []string{"agreement"}
		}
		return "SUPPORT", "", []string{"agreement"}
	case PartnerOf:
		return "SUPPORT", "", []string{"partnership"}
	case Joined:
		return "SUPPORT", "", []string{"membership"}
	case TradePartnerOf:
		return "COOPERATE", "", []string{"economic"}
	}
	return "", "", nil
}
