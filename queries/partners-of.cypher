// name: partners-of
// description: Countries a country has a stated partnership or trade tie with, with the dates and how many articles say so.
// param: country string RU ISO 3166-1 alpha-2 code of the country
MATCH (c:Country {id: $country})-[r:PARTNER_OF|TRADE_PARTNER_OF]-(p:Country)
RETURN p.id AS partner, p.name AS name, type(r) AS relation, r.date AS date, size(r.articles) AS articles
ORDER BY relation, partner, date
