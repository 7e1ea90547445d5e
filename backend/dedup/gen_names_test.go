package dedup

// Name material for the generated test data (gen_test.go). Real given and
// family names from several countries, accented ones included, plus
// syllables that make thousands of plausible family names.

var genFirstNames = []string{
	"John", "Robert", "William", "James", "Michael", "David", "Richard", "Thomas", "Christopher", "Daniel",
	"Matthew", "Anthony", "Steven", "Andrew", "Joshua", "Kenneth", "Jeffrey", "Timothy", "Ronald", "Edward",
	"Jonathan", "Gregory", "Samuel", "Benjamin", "Patrick", "Alexander", "Nicholas", "Frederick", "Lawrence", "Henry",
	"Mary", "Patricia", "Jennifer", "Elizabeth", "Susan", "Margaret", "Katherine", "Rebecca", "Deborah", "Victoria",
	"Abigail", "Samantha", "Isabella", "Dorothy", "Linda", "Barbara", "Sarah", "Karen", "Nancy", "Lisa",
	"Emily", "Olivia", "Sophia", "Charlotte", "Amelia", "Harper", "Evelyn", "Hannah", "Natalie", "Grace",
	"Jürgen", "Jörg", "Günther", "Björn", "Søren", "Åsa", "Sörens", "Mårten", "Ingrid", "Astrid",
	"Klaus", "Wolfgang", "Helmut", "Dieter", "Uwe", "Stefan", "Matthias", "Tobias", "Florian", "Sebastian",
	"Ursula", "Renate", "Monika", "Sabine", "Brigitte", "Petra", "Birgit", "Claudia", "Anja", "Katrin",
	"François", "Hélène", "Amélie", "Cécile", "Jérôme", "Benoît", "Gaëlle", "Noël", "Thérèse", "Léa",
	"José", "María", "Jesús", "Andrés", "Inés", "Sofía", "Martín", "Lucía", "Raúl", "Ramón",
	"Giuseppe", "Giovanni", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Giulia", "Matteo", "Federica", "Paolo",
	"Łukasz", "Paweł", "Małgorzata", "Wojciech", "Zoë", "Chloé", "Maëlle", "Joël", "Renée", "Anaïs",
	"Pieter", "Joost", "Sanne", "Femke", "Bram", "Wei", "Li", "Hiroshi", "Yuki", "Priya",
	"Arjun", "Fatima", "Omar", "Aisha", "Mehmet", "Ayşe", "Olga", "Dmitri", "Ivana", "Nikola",
}

var genLastNames = []string{
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
	"Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
	"Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
	"Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
	"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
	"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
	"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
	"Strauß", "Größer", "Weiß", "Jäger", "Köhler", "Böhm", "Groß", "Fuß", "Brückner", "Günther",
	"Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Lefebvre", "Lambert", "Bonnet", "François", "Mercier",
	"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez",
	"Núñez", "Muñoz", "Álvarez", "Romero", "Navarro", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
	"Romano", "Colombo", "Ricci", "Marino", "Greco", "De Jong", "Jansen", "De Vries", "Van den Berg", "Van Dijk",
	"Bakker", "Visser", "Smit", "Meijer", "De Boer", "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
	"Kamiński", "Lewandowski", "Zieliński", "Søndergaard", "Østergaard", "Ångström", "Lindqvist", "Nilsson", "Johansson", "Andersen",
	"O'Brien", "O'Connor", "McDonald", "MacLeod", "O'Neill", "Fitzgerald", "Ó Súilleabháin", "Murphy", "Kelly", "Byrne",
	"Wang", "Zhang", "Chen", "Liu", "Yang", "Tanaka", "Suzuki", "Patel", "Sharma", "Singh",
	"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Ivanov", "Petrov", "Novák", "Dvořák", "Horváth",
}

var (
	genOnsets = []string{
		"Bar", "Kel", "Mor", "Str", "Hal", "Ven", "Dor", "Gra", "Lin", "Pet", "Ros", "Tal", "Wen", "Fal", "Brun",
		"Cor", "Del", "Ehr", "Fin", "Gol", "Har", "Ish", "Jor", "Kas", "Lor", "Mal", "Nor", "Ost", "Pra", "Quin",
		"Rav", "Sel", "Tor", "Ul", "Vas", "Wal", "Yar", "Zel", "Blom", "Crag", "Dun", "Eck", "Fros", "Gil", "Hew",
		"Ker", "Lund", "Marr", "Neb", "Orm",
	}
	genMiddles = []string{"", "a", "e", "i", "o", "en", "er", "an", "ol", "ing", "ard", "ov", "is", "ur"}
	genEndings = []string{
		"son", "man", "berg", "ley", "ton", "stein", "ford", "ski", "ez", "elli", "sen", "by", "well", "mann",
		"feld", "wood", "ridge", "ham", "ing", "ova", "escu", "idis", "quist", "holm", "aker", "ani", "oni", "ek",
	}
	genCompanyWords = []string{
		"Blue", "River", "Summit", "Granite", "Harbor", "Pioneer", "Vertex", "Nordic", "Alpine", "Crescent",
		"Falcon", "Maple", "Oak", "Cedar", "Silver", "Golden", "Iron", "Atlas", "Orion", "Polar",
		"Sunrise", "Lakeside", "Highland", "Meridian", "Quantum", "Stellar", "Apex", "Beacon", "Cobalt", "Delta",
		"Evergreen", "Frontier", "Horizon", "Keystone", "Liberty", "Nova", "Pinnacle", "Redwood", "Sterling", "Titan",
		"Union", "Vanguard", "Westfield", "Zenith", "Bright", "Clear", "Swift", "Prime", "Metro", "Coastal",
		"Rhein", "Elbe", "Alster", "Isar", "Loire", "Seine", "Tamise", "Ebro", "Tevere", "Amstel",
		"Müller", "Schäfer", "Lefèvre", "García", "Rossi", "Jansen", "Kowalski", "Nilsson", "Weiß", "Brückner",
		"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Soylent", "Stark", "Wayne", "Wonka", "Tyrell",
	}
	genIndustries = []string{
		"Logistics", "Consulting", "Software", "Systems", "Foods", "Bau", "Technik", "Medical", "Energy", "Finance",
		"Holdings", "Partners", "Labs", "Solutions", "Industries", "Services", "Design", "Media", "Robotics", "Textiles",
		"Pharma", "Analytics", "Networks", "Motors", "Marine", "Capital", "Foods", "Retail", "Studio", "Werke",
	}
	genLegalForms = map[string][]string{
		"US": {"Inc.", "LLC", "Corp.", "Co.", ""},
		"DE": {"GmbH", "AG", "GmbH & Co. KG", "e.K.", ""},
		"GB": {"Ltd", "Limited", "PLC", "LLP", ""},
		"FR": {"SARL", "SA", "SAS", ""},
		"NL": {"B.V.", "N.V.", ""},
		"ES": {"S.L.", "S.A.", ""},
		"IT": {"S.r.l.", "S.p.A.", ""},
	}
	genTLD = map[string]string{"US": ".com", "DE": ".de", "GB": ".co.uk", "FR": ".fr", "NL": ".nl", "ES": ".es", "IT": ".it"}
	// genFreeMail per region, for people without a company and for the
	// private address a duplicate sometimes carries.
	genFreeMail = map[string][]string{
		"US": {"gmail.com", "yahoo.com", "outlook.com", "icloud.com"},
		"DE": {"gmail.com", "web.de", "gmx.de", "t-online.de"},
		"GB": {"gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"},
		"FR": {"gmail.com", "orange.fr", "free.fr", "laposte.net"},
		"NL": {"gmail.com", "ziggo.nl", "hotmail.nl"},
		"ES": {"gmail.com", "hotmail.es", "yahoo.es"},
		"IT": {"gmail.com", "libero.it", "virgilio.it"},
	}
)
