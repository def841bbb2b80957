package extract_test

import (
	"fmt"

	"github.com/diplograph/diplograph/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	published, _ := extract.ParseDate("2024-07-09")
	r := x.Extract(extract.Article{
		ID:        "example",
		Published: published,
		Text:      "وصل رئيس الوزراء الهندي ناريندرا مودي إلى موسكو يوم الاثنين.",
	})
	for _, rel := range r.Relations {
		fmt.Println(rel.Type, rel.Source, rel.Target, rel.Date, rel.Status)
	}
	// Output:
	// HOLDS_OFFICE narendra-modi IN  occurred
	// VISITED narendra-modi RU 2024-07-08 occurred
	// VISITED narendra-modi moscow 2024-07-08 occurred
}
