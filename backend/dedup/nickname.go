package dedup

// nicknameGroups are given names that are the same name for matching
// ("Bob" and "Robert"). A name may sit in several groups ("pat": Patrick
// and Patricia), so a name maps to a bit set of groups; two first names
// are nicknames of each other when their sets intersect. At most 64 groups.
var nicknameGroups = []string{
	"robert bob bobby rob robbie bert",
	"william bill billy will willy liam",
	"richard rick ricky dick rich",
	"james jim jimmy jamie",
	"john jack johnny jon hans johann johannes jean juan giovanni",
	"michael mike mikey mick micha michel miguel",
	"thomas tom tommy",
	"david dave davy",
	"daniel dan danny",
	"christopher chris kit",
	"christina christine chris tina kristina",
	"joseph joe joey jose josef sepp pepe giuseppe",
	"anthony tony antonio anton",
	"steven stephen steve stefan stephan",
	"alexander alex alec sasha sandro alexandre",
	"alexandra alex sandra sasha",
	"samuel sam sammy",
	"samantha sam sammy",
	"benjamin ben benny",
	"matthew matt matthias mathieu matteo",
	"nicholas nick nicky nico nicolas klaus niklas",
	"andrew andy drew andreas andre andrea",
	"patrick pat paddy",
	"patricia pat patty trish",
	"edward ed eddie ted teddy",
	"charles charlie chuck karl carl carlos",
	"gregory greg",
	"jonathan jon jonny",
	"henry harry hank heinrich heinz henri enrique",
	"lawrence larry laurence",
	"elizabeth liz lizzie beth betty betsy eliza elisabeth elise lisa",
	"katherine catherine kathryn kate katie kathy cathy kat kathrin katharina",
	"margaret maggie meg peggy margarete greta gretchen marguerite",
	"jennifer jen jenny",
	"susan sue suzy susanne suzanne",
	"rebecca becky becca",
	"timothy tim timmy",
	"frederick fred freddy fritz friedrich",
	"ronald ron ronnie",
	"donald don donnie",
	"kenneth ken kenny",
	"jeffrey jeff geoffrey",
	"joshua josh",
	"nathan nate nathaniel",
	"zachary zach zack",
	"abigail abby abbie",
	"victoria vicky tori",
	"deborah debbie deb debra",
	"dorothy dot dottie dorothea",
	"francis frank frankie franz francisco paco francesco francois",
	"frances fran frannie",
	"isabel isabella bella izzy isabelle",
	"josephine jo josie",
	"manuel manolo manu",
	"wolfgang wolf",
	"alfred alf fred",
	"gerald gerry jerry gerhard",
	"leonard leo len lenny",
	"peter pete pierre pedro pietro",
	"raymond ray",
	"walter walt",
	"eleanor ellie nora leonora",
	"judith judy jutta",
}

// nicknames maps a folded first name to its bit set of groups.
var nicknames = func() map[string]uint64 {
	if len(nicknameGroups) > 64 {
		panic("dedup: more than 64 nickname groups")
	}
	m := make(map[string]uint64, 400)
	for g, line := range nicknameGroups {
		for _, w := range splitSpaces(line) {
			m[w] |= 1 << g
		}
	}
	return m
}()

// nicknameCanon is the first name of each nickname group ("robert").
var nicknameCanon = func() []string {
	out := make([]string, len(nicknameGroups))
	for g, line := range nicknameGroups {
		out[g] = splitSpaces(line)[0]
	}
	return out
}()

func splitSpaces(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ' ' {
			i++
		}
		if i > 0 {
			out = append(out, s[:i])
		}
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}

// firstWord returns the first space-separated word of a folded name.
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}
