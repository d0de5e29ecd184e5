"""Name lexicons for recognising people, organisations and places the KB does not hold.

Everything here is written by the dyads team from general knowledge (facts: names of
well-known organisations and geographic regions, and the words that introduce names in each
language), plus the first-name list of the gender-guesser package. Nothing is learnt from,
or copied out of, any evaluation data set.

The lists are deliberately plain: one name a line, so they are easy to review and extend.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import simplemma

from dyads.kb.gazetteer import fold

# ---------------------------------------------------------------------------------------------
# First names
# ---------------------------------------------------------------------------------------------

# Columns of gender-guesser's nam_dict.txt that stand for countries whose names appear in
# it/en/fr/es/de news as Latin-script first names without ambiguity problems (Europe, the
# Americas, Russia and its neighbours, Turkey, the Arab world, Israel).
_WESTERN_COLUMNS = range(0, 49)
_FREQ = {c: i for i, c in enumerate("0123456789ABCDEF")}

# Words that the name list holds but that open place names or are too ambiguous to start a
# person's name on their own.
_NOT_FIRST = {
    "san", "santa", "santo", "sao", "saint", "st", "monte", "mont", "mount", "lago", "lake", "porto",
    "port", "costa", "val", "valle", "villa", "isola", "mar", "rio", "sierra", "la", "le", "el", "de",
    "del", "di", "da", "van", "von", "al", "ben", "bin", "abu", "mac", "mc", "des", "du", "der", "den",
    "new", "north", "south", "east", "west", "nord", "sud", "ost", "union", "real", "royal", "ha", "ho",
    "un", "una", "se", "man", "long", "young", "king", "major", "will", "may", "june", "april", "august",
    "chance", "china", "israel", "iran", "italia", "roma", "paris", "jordan", "georgia", "india",
    "florence", "sydney", "victoria", "virginia", "carolina", "adelaide", "regina", "england", "kuwait",
    "america", "asia", "africa", "europa", "europe", "wall", "street", "nur", "ende", "zur", "vom", "ab",
    "per", "con", "sin", "sul", "nel", "tra", "fra", "dal", "ma", "mi", "ti", "si", "no", "yes", "oh",
    "general", "president", "governor", "premier", "chancellor", "minister", "queen", "prince", "princess",
    "lord", "lady", "sir", "dame", "pope", "papa", "re", "don", "dom", "fray", "sor", "gran", "grand",
    "cruz", "paz", "luz", "sol", "mars", "venus", "terra", "luna", "sole", "fiat", "ford", "dell",
    "nissan", "toyota", "honda", "mercedes", "porsche", "lancia", "ferrari", "boeing", "airbus", "nike",
    "adidas", "pepsi", "coca", "alpha", "beta", "gamma", "delta", "omega", "sigma", "via", "piazza",
    "corso", "viale", "stadio", "golfo", "capo", "punta", "bad", "marina", "pace", "primo", "prima", "dios", "dieu", "gott", "dio", "god", "allah", "christ", "cristo", "jesus", "gesù",
}  # fmt: skip


def _name_list_path() -> str | None:
    try:
        import gender_guesser
    except ImportError:  # the lexicon is a recall aid; without it, title cues still work
        return None
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    return path if os.path.exists(path) else None


@lru_cache(maxsize=1)
def first_name_table() -> dict[str, int]:
    """Folded first name -> strength: 2 for a common name in some Western country, 1 otherwise."""
    path = _name_list_path()
    if path is None:
        return {}
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line or line[0] in "#=" or len(line) < 31:
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1]
            values = line[30:-1]
            best = 0
            for col in _WESTERN_COLUMNS:
                if col < len(values):
                    best = max(best, _FREQ.get(values[col], 0))
            for variant in {name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")}:
                key = fold(variant)
                if len(key) < 2 or key in _NOT_FIRST:
                    continue
                strength = 2 if best >= 3 else 1
                if out.get(key, 0) < strength:
                    out[key] = strength
    return out


# ---------------------------------------------------------------------------------------------
# Common words
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=200_000)
def is_common(word: str, lang: str) -> bool:
    """Is the lower-cased word a known word of ``lang`` (so a capital may be sentence case only)?"""
    low = word.lower()
    if low in FUNCTION_WORDS.get(lang, ()):
        return True
    try:
        return bool(simplemma.is_known(low, lang=lang))
    except ValueError:
        return False


# Closed-class words that are capitalised only at the start of a sentence (or in titles).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "it": frozenset(["ciò", "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "dei", "degli", "delle", "del", "della", "dello", "dell", "al", "allo", "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "col", "coi", "di", "a", "ad", "da", "in", "con", "su", "per", "tra", "fra", "e", "ed", "o", "od", "ma", "però", "anche", "se", "che", "chi", "cui", "non", "più", "già", "ancora", "sempre", "mai", "come", "dove", "quando", "perché", "mentre", "oggi", "ieri", "domani", "dopo", "prima", "durante", "secondo", "contro", "verso", "presso", "oltre", "questo", "questa", "questi", "queste", "quello", "quella", "quelli", "quelle", "tutto", "tutti", "tutte", "ogni", "ciascuno", "nessuno", "suo", "sua", "suoi", "sue", "loro", "nostro", "nostra", "mio", "mia", "ci", "si", "ne", "lui", "lei", "noi", "voi", "essi", "esse", "egli", "ella", "ha", "hanno", "ho", "hai", "abbiamo", "avete", "è", "sono", "era", "erano", "sarà", "saranno", "fu", "furono", "c'è", "così", "poi", "infine", "inoltre", "intanto", "invece", "quindi", "dunque", "allora", "ora", "adesso", "qui", "là", "lì", "sì", "no", "nonostante", "entro", "insieme", "proprio", "solo", "circa", "forse", "almeno", "soprattutto", "ecco", "ebbene", "oppure", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]),
    "en": frozenset(["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "about", "as", "into", "onto", "over", "under", "after", "before", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these", "those", "there", "here", "it", "its", "he", "she", "we", "they", "you", "i", "me", "him", "her", "us", "them", "his", "their", "our", "your", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "not", "no", "yes", "all", "any", "each", "every", "some", "many", "much", "more", "most", "other", "such", "only", "also", "just", "even", "still", "already", "again", "ever", "never", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "while", "since", "until", "unless", "because", "although", "though", "however", "meanwhile", "moreover", "furthermore", "today", "yesterday", "tomorrow", "tonight", "now", "later", "earlier", "according", "both", "either", "neither", "one", "two", "three", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]),
    "fr": frozenset(["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "entre", "vers", "chez", "et", "ou", "mais", "donc", "or", "ni", "car", "que", "qui", "quoi", "dont", "où", "quand", "comme", "si", "ne", "pas", "plus", "moins", "très", "aussi", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "est", "sont", "était", "étaient", "sera", "seront", "a", "ont", "avait", "avaient", "été", "être", "avoir", "fait", "selon", "après", "avant", "pendant", "depuis", "contre", "malgré", "lors", "alors", "ainsi", "puis", "enfin", "cependant", "pourtant", "toutefois", "aujourd'hui", "hier", "demain", "désormais", "déjà", "encore", "toujours", "jamais", "tout", "tous", "toute", "toutes", "chaque", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
    "es": frozenset(["el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "a", "en", "con", "por", "para", "sin", "sobre", "entre", "hacia", "hasta", "desde", "ante", "bajo", "tras", "contra", "según", "durante", "mediante", "y", "e", "o", "u", "ni", "pero", "sino", "que", "quien", "quienes", "cual", "cuales", "cuyo", "donde", "cuando", "como", "si", "no", "ya", "más", "menos", "muy", "también", "tampoco", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "su", "sus", "nuestro", "nuestra", "mi", "mis", "tu", "tus", "él", "ella", "ellos", "ellas", "nosotros", "usted", "ustedes", "yo", "se", "le", "les", "es", "son", "era", "eran", "fue", "fueron", "será", "serán", "ha", "han", "había", "habían", "sido", "ser", "estar", "está", "están", "hay", "hoy", "ayer", "mañana", "ahora", "luego", "después", "antes", "entonces", "además", "sin", "embargo", "aunque", "mientras", "pues", "así", "todo", "todos", "toda", "todas", "cada", "otro", "otra", "otros", "otras", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"]),
    "de": frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "und", "oder", "aber", "doch", "sondern", "denn", "weil", "wenn", "als", "ob", "dass", "daß", "wie", "wo", "wer", "was", "wann", "warum", "nicht", "auch", "noch", "schon", "nur", "sehr", "so", "in", "im", "ins", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "vor", "zu", "zum", "zur", "über", "unter", "durch", "für", "gegen", "ohne", "um", "bis", "ab", "während", "wegen", "trotz", "laut", "dabei", "damit", "dazu", "daher", "deshalb", "dennoch", "jedoch", "zudem", "außerdem", "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "sich", "sein", "seine", "ihre", "ihren", "unser", "unsere", "dieser", "diese", "dieses", "jener", "alle", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "sei", "seien", "kann", "können", "muß", "muss", "heute", "gestern", "morgen", "jetzt", "nun", "dann", "damals", "bereits", "inzwischen", "zunächst", "schließlich", "dort", "hier", "deren", "dessen", "denen", "allerdings", "etwa", "rund", "fast", "kaum", "zwar", "sogar", "vielleicht", "wohl", "eben", "also", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]),
}  # fmt: skip

# Capitalised words that are never names in running text of any of the five languages.
NOT_NAMES = frozenset(fold(w) for w in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno", "Luglio", "Agosto", "Settembre", "Ottobre", "Novembre", "Dicembre", "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Natale", "Pasqua", "Christmas", "Easter", "Noël", "Pâques", "Navidad", "Pascua", "Weihnachten", "Ostern", "Ramadan", "Internet", "Web", "Covid", "COVID-19", "Coronavirus", "Oscar", "Oscars", "Nobel", "Grammy", "Emmy", "OK", "Ok", "TV", "Tv", "GP", "Islam", "Islām", "Cristianesimo", "Ebraismo", "Buddismo", "Induismo"])  # fmt: skip

# All-capital words that are not organisations (units, time zones, technologies, taxes...).
ACRONYM_STOP = frozenset(["UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST", "MEZ", "MESZ", "AM", "PM", "TV", "HD", "DVD", "CD", "CDs", "MP3", "PDF", "URL", "HTML", "HTTP", "WWW", "PC", "PCs", "IT", "GPS", "GPX", "SMS", "MMS", "USB", "LED", "LCD", "DNA", "RNA", "HIV", "AIDS", "SARS", "COVID", "ISBN", "ISSN", "PIL", "IVA", "IMU", "IRAP", "IRES", "IRPEF", "GDP", "GNP", "CEO", "CEOs", "CFO", "COO", "CTO", "VIP", "VIPS", "DJ", "MC", "OK", "KO", "NB", "PS", "PPS", "PT", "ET", "AL", "ETC", "ID", "IDs", "IP", "IPs", "API", "OS", "CPU", "GPU", "RAM", "ROM", "LSD", "THC", "KM", "MPH", "KG", "KW", "KWH", "MW", "GW", "TWH", "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RUB", "DM", "DEM", "FF", "ITL", "ESP", "LIT", "PTS", "PT", "MIN", "MAX", "NR", "STR", "VS", "VOL", "AG", "GMBH", "KG", "SPA", "SRL", "SA", "SL", "PLC", "LLC", "INC", "LTD", "CO", "CORP", "RE", "RN", "TAC", "ECG", "TAV", "TGV", "ICE", "SUV", "SUVs", "ATM", "ABS", "ESP", "IQ", "XX", "XXI", "XIX", "XVIII", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"])  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Cues around names
# ---------------------------------------------------------------------------------------------

# Titles and descriptions directly before a person's name ("il presidente Mattarella").
TITLES: dict[str, frozenset[str]] = {
    "it": frozenset(["presidente", "presidentessa", "arbitro", "ministri", "cantanti", "attori", "registi", "piloti", "ciclisti", "fantini", "giocatori", "calciatori", "tennisti", "atleti", "scrittori", "ministro", "ministra", "premier", "segretario", "segretaria", "sindaco", "sindaca", "papa", "pontefice", "don", "padre", "suor", "suora", "fra", "frate", "cardinale", "arcivescovo", "vescovo", "monsignor", "mons", "onorevole", "on", "sen", "senatore", "senatrice", "deputato", "deputata", "dott", "dottor", "dottore", "dottoressa", "prof", "professor", "professore", "professoressa", "avv", "avvocato", "avvocata", "ing", "ingegner", "giudice", "pm", "procuratore", "procuratrice", "generale", "colonnello", "capitano", "tenente", "maresciallo", "comandante", "ammiraglio", "allenatore", "tecnico", "attaccante", "centrocampista", "difensore", "portiere", "pilota", "cantante", "cantautore", "attore", "attrice", "regista", "scrittore", "scrittrice", "giornalista", "fotografo", "artista", "poeta", "pittore", "compositore", "musicista", "ct", "mister", "tennista", "ciclista", "campione", "campionessa", "signor", "signora", "sig", "sigg", "re", "regina", "principe", "principessa", "imperatore", "imperatrice", "zar", "rabbino", "imam", "ayatollah", "sceicco", "emiro", "sultano", "leader", "capo", "consigliere", "consigliera", "assessore", "assessora", "governatore", "governatrice", "ambasciatore", "ambasciatrice", "portavoce", "cancelliere", "cancelliera", "commissario", "commissaria", "vicepresidente", "vicepremier", "viceministro", "sottosegretario", "magistrato", "questore", "prefetto", "dirigente", "direttore", "direttrice", "amministratore", "fondatore", "fondatrice", "imprenditore", "imprenditrice", "economista", "ricercatore", "ricercatrice", "scienziato", "scienziata", "astronauta", "esploratore", "rapper", "dj", "fratello", "sorella", "figlio", "figlia", "moglie", "marito", "madre", "zio", "zia", "nonno", "nonna", "cugino", "cugina", "nipote", "collega", "compagno", "compagna", "fidanzato", "fidanzata", "vedova", "sorelle", "fratelli", "coniugi", "santo", "beato", "beata"]),
    "en": frozenset(["president", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "gen", "general", "col", "colonel", "lt", "lieutenant", "capt", "captain", "cmdr", "commander", "sgt", "sergeant", "adm", "admiral", "maj", "major", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "minister", "premier", "chancellor", "secretary", "ambassador", "envoy", "king", "queen", "prince", "princess", "emperor", "tsar", "czar", "pope", "cardinal", "archbishop", "bishop", "father", "rev", "reverend", "rabbi", "imam", "ayatollah", "sheikh", "sheik", "emir", "sultan", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "director", "officer", "analyst", "economist", "strategist", "leader", "chief", "commissioner", "inspector", "detective", "candidate", "nominee", "challenger", "champion", "skipper", "winger", "forward", "batsman", "bowler", "opener", "jockey", "trainer", "driver", "rider", "pitcher", "quarterback", "actor", "actress", "singer", "rapper", "writer", "author", "novelist", "poet", "painter", "artist", "composer", "player", "coach", "boss", "veteran", "rookie", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "uncle", "aunt", "widow", "cousin", "nephew", "niece", "vice", "deputy", "founder", "ceo", "president-elect", "counsel", "attorney", "lawyer", "prosecutor", "sheriff"]),
    "fr": frozenset(["président", "présidente", "m", "mm", "mme", "mmes", "mlle", "monsieur", "madame", "mademoiselle", "ministre", "premier", "secrétaire", "maire", "pape", "cardinal", "archevêque", "évêque", "père", "abbé", "sœur", "frère", "rabbin", "imam", "ayatollah", "cheikh", "émir", "sultan", "roi", "reine", "prince", "princesse", "empereur", "tsar", "général", "colonel", "capitaine", "lieutenant", "amiral", "commandant", "sénateur", "sénatrice", "député", "députée", "juge", "procureur", "avocat", "avocate", "dr", "docteur", "professeur", "pr", "me", "entraîneur", "sélectionneur", "attaquant", "milieu", "défenseur", "gardien", "pilote", "chanteur", "chanteuse", "acteur", "actrice", "réalisateur", "écrivain", "écrivaine", "auteur", "journaliste", "artiste", "poète", "peintre", "compositeur", "champion", "championne", "chancelier", "chancelière", "ambassadeur", "ambassadrice", "porte-parole", "dirigeant", "dirigeante", "chef", "patron", "patronne", "directeur", "directrice", "fondateur", "fondatrice", "commissaire", "gouverneur", "préfet", "vice-président", "épouse", "mari", "fils", "fille", "mère", "oncle", "tante", "veuve", "cousin", "cousine", "neveu", "nièce", "saint", "sainte"]),
    "es": frozenset(["presidente", "presidenta", "ministro", "ministra", "primer", "secretario", "secretaria", "alcalde", "alcaldesa", "papa", "cardenal", "arzobispo", "obispo", "padre", "fray", "sor", "hermano", "hermana", "rabino", "imán", "ayatolá", "jeque", "emir", "sultán", "rey", "reina", "príncipe", "princesa", "emperador", "zar", "general", "coronel", "capitán", "teniente", "almirante", "comandante", "senador", "senadora", "diputado", "diputada", "juez", "jueza", "fiscal", "abogado", "abogada", "doctor", "doctora", "dr", "dra", "profesor", "profesora", "entrenador", "técnico", "seleccionador", "delantero", "centrocampista", "defensa", "portero", "piloto", "cantante", "actor", "actriz", "director", "directora", "escritor", "escritora", "autor", "periodista", "artista", "poeta", "pintor", "compositor", "campeón", "campeona", "canciller", "embajador", "embajadora", "portavoz", "líder", "dirigente", "jefe", "jefa", "fundador", "fundadora", "comisario", "gobernador", "gobernadora", "vicepresidente", "señor", "señora", "sr", "sra", "srta", "don", "doña", "esposa", "esposo", "marido", "hijo", "hija", "madre", "tío", "tía", "viuda", "primo", "prima", "sobrino", "sobrina", "san", "santa"]),
    "de": frozenset(["herr", "herrn", "frau", "fräulein", "dr", "prof", "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "bundespräsident", "premier", "premierminister", "premierministerin", "ministerpräsident", "ministerpräsidentin", "außenminister", "außenministerin", "innenminister", "innenministerin", "verteidigungsminister", "finanzminister", "wirtschaftsminister", "umweltminister", "justizminister", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat", "landrätin", "papst", "kardinal", "erzbischof", "bischof", "pfarrer", "pater", "rabbiner", "imam", "ayatollah", "scheich", "emir", "sultan", "könig", "königin", "prinz", "prinzessin", "kaiser", "zar", "general", "generalin", "oberst", "hauptmann", "leutnant", "admiral", "kommandeur", "senator", "senatorin", "abgeordneter", "abgeordnete", "richter", "richterin", "staatsanwalt", "staatsanwältin", "anwalt", "anwältin", "trainer", "trainerin", "coach", "stürmer", "mittelfeldspieler", "verteidiger", "torwart", "torhüter", "kapitän", "pilot", "fahrer", "sänger", "sängerin", "schauspieler", "schauspielerin", "regisseur", "regisseurin", "schriftsteller", "schriftstellerin", "autor", "autorin", "journalist", "journalistin", "künstler", "künstlerin", "dichter", "maler", "komponist", "dirigent", "meister", "weltmeister", "olympiasieger", "sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "leiter", "leiterin", "gründer", "gründerin", "kommissar", "kommissarin", "gouverneur", "botschafter", "botschafterin", "generalsekretär", "generalsekretärin", "vizepräsident", "vizekanzler", "parteichef", "parteivorsitzende", "parteivorsitzender", "fraktionschef", "spd-chef", "cdu-chef", "frau", "ehefrau", "ehemann", "sohn", "tochter", "mutter", "vater", "bruder", "schwester", "onkel", "tante", "witwe"]),
}  # fmt: skip

# German titles are compounds: any capitalised word ending so is a title before a name.
TITLE_SUFFIXES_DE = (
    "minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "sprecher", "sprecherin",
    "vorsitzende", "vorsitzender", "trainer", "trainerin", "chef", "chefin", "meister", "meisterin",
    "direktor", "direktorin", "leiter", "leiterin", "sekretär", "sekretärin", "kommissar", "kommissarin",
    "botschafter", "botschafterin", "führer", "führerin", "anwalt", "anwältin", "richter", "richterin",
    "bischof", "spieler", "spielerin", "fahrer", "fahrerin", "sieger", "siegerin", "politiker", "politikerin",
)  # fmt: skip

# Words after a name that mark a person ("X ha detto", "X said").
PERSON_AFTER: dict[str, frozenset[str]] = {
    "it": frozenset(["ha", "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "sostenuto", "commentato", "annunciato"]),
    "en": frozenset(["said", "says", "told", "added", "explained", "stated", "declared", "announced", "wrote"]),
    "fr": frozenset(["a", "déclaré", "dit", "affirmé", "expliqué", "ajouté", "estimé", "annoncé"]),
    "es": frozenset(["dijo", "afirmó", "declaró", "explicó", "añadió", "señaló", "aseguró", "indicó", "manifestó"]),
    "de": frozenset(["sagte", "sagt", "erklärte", "betonte", "meinte", "sprach", "kündigte", "forderte"]),
}  # fmt: skip

# Prepositions before an unknown capitalised word that make it a place.
LOC_BEFORE: dict[str, frozenset[str]] = {
    "it": frozenset(["a", "in", "ad", "verso", "presso", "nel"]),
    "en": frozenset(["in", "at", "near", "outside"]),
    "fr": frozenset(["à", "en"]),
    "es": frozenset(["en"]),
    "de": frozenset(["in", "nach", "bei"]),
}

# ---------------------------------------------------------------------------------------------
# Organisation and place heads
# ---------------------------------------------------------------------------------------------

# Words that open an organisation's name ("Ministero della Difesa", "Partido Popular").
ORG_PREFIX: dict[str, frozenset[str]] = {
    "it": frozenset(["Ministero", "Regione", "Comune", "Partito", "Movimento", "Consiglio", "Commissione", "Corte", "Tribunale", "Banca", "Banco", "Agenzia", "Fondazione", "Università", "Istituto", "Accademia", "Associazione", "Federazione", "Comitato", "Procura", "Guardia", "Esercito", "Unione", "Lega", "Fronte", "Confederazione", "Autorità", "Servizio", "Polizia", "Camera", "Senato", "Parlamento", "Assemblea", "Congresso", "Azienda", "Società", "Compagnia", "Gruppo", "Ente", "Ordine", "Collegio", "Scuola", "Liceo", "Politecnico", "Ospedale", "Policlinico", "Croce", "Protezione", "Vigili", "Arma", "Aeronautica", "Marina", "Ufficio", "Dipartimento", "Direzione", "Sindacato", "Cooperativa", "Consorzio", "Osservatorio", "Centro", "Museo", "Teatro", "Orchestra", "Coro", "Chiesa", "Diocesi", "Arcidiocesi", "Curia", "Congregazione", "Ordine", "Nazionale", "Squadra", "Comando", "Reparto", "Brigata", "Brigate", "Divisione", "Reggimento", "Nucleo", "Tg", "Radio", "Rete", "Canale", "Gazzetta", "Corriere", "Giornale", "Associazione", "Confcommercio", "Confindustria", "Cassa", "Assicurazioni", "Poste", "Ferrovie", "Autostrade", "Aeroporti", "Sporting", "Atletico", "Real", "Dinamo", "Olympique", "Juventus", "Inter", "Calcio", "Polisportiva"]),
    "en": frozenset(["Ministry", "Department", "University", "Institute", "Bank", "Council", "Commission", "Court", "Agency", "Federation", "Association", "Committee", "Office", "Board", "Bureau", "Church", "Academy", "College", "School", "Party", "League", "Union", "Fund", "Society", "Order", "Army", "Navy", "Corps", "Federal", "National", "Royal"]),
    "fr": frozenset(["Ministère", "Parti", "Conseil", "Commission", "Cour", "Tribunal", "Banque", "Agence", "Fondation", "Université", "Institut", "Assemblée", "Sénat", "Association", "Fédération", "Comité", "Union", "Front", "Armée", "Forces", "Groupe", "Autorité", "Service", "Police", "Gendarmerie", "Organisation", "Mouvement", "Rassemblement", "Société", "Compagnie", "Office", "Centre", "Syndicat", "Confédération", "Direction", "Préfecture", "Mairie", "Académie", "École", "Lycée", "Collège", "Caisse", "Chambre", "Église", "Diocèse", "Olympique", "Stade", "Racing", "Association", "Parquet"]),
    "es": frozenset(["Ministerio", "Partido", "Consejo", "Comisión", "Corte", "Tribunal", "Banco", "Agencia", "Fundación", "Universidad", "Instituto", "Congreso", "Senado", "Asociación", "Federación", "Comité", "Unión", "Frente", "Ejército", "Fuerzas", "Grupo", "Autoridad", "Servicio", "Policía", "Guardia", "Organización", "Movimiento", "Junta", "Ayuntamiento", "Diputación", "Generalitat", "Gobierno", "Audiencia", "Fiscalía", "Sindicato", "Confederación", "Cámara", "Compañía", "Sociedad", "Caja", "Colegio", "Academia", "Escuela", "Iglesia", "Diócesis", "Real", "Atlético", "Deportivo", "Club", "Centro", "Dirección", "Secretaría", "Consejería", "Cortes"]),
    "de": frozenset(["Bundesministerium", "Ministerium", "Partei", "Kommission", "Bundesgericht", "Bundesverfassungsgericht", "Bundesamt", "Bundesanstalt", "Bundesbank", "Bundesrat", "Bundestag", "Bundeswehr", "Landtag", "Landgericht", "Amtsgericht", "Oberlandesgericht", "Verwaltungsgericht", "Stiftung", "Universität", "Hochschule", "Institut", "Verband", "Bund", "Verein", "Gesellschaft", "Deutsche", "Deutscher", "Deutsches", "Akademie", "Kirche", "Gewerkschaft", "Zentralrat", "Rat", "Kammer", "Amt", "Eintracht", "Borussia", "Bayer", "Fortuna", "Hertha", "Werder", "Alemannia", "Arminia", "Dynamo", "Hansa", "Union", "Rot-Weiß", "Grün-Weiß", "Schwarz-Weiß", "Kickers", "Stuttgarter", "Hamburger", "Münchner", "Berliner", "Kölner"]),
}  # fmt: skip

# Words that close an organisation's name ("Labour Party", "Ford Motor Co", "Fiat SpA").
ORG_SUFFIX: dict[str, frozenset[str]] = {
    "*": frozenset(["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "LLP", "SpA", "S.p.A.", "Spa", "SpA.", "Srl", "S.r.l.", "S.A.", "SA", "AG", "GmbH", "KG", "KGaA", "SE", "NV", "N.V.", "BV", "B.V.", "AB", "ASA", "Oyj", "Holding", "Holdings", "Group", "Gruppe", "Groupe", "Grupo", "FC", "F.C.", "CF", "C.F.", "AC", "A.C.", "SC", "SV", "TSV", "VfB", "VfL", "BC", "BK", "Calcio", "United", "City", "Town", "Rovers", "Wanderers", "Athletic", "Athletics", "Albion", "Hotspur", "Rangers", "Olympic"]),
    "en": frozenset(["Party", "Department", "Ministry", "Council", "Committee", "Commission", "Agency", "Authority", "Association", "Federation", "League", "Club", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Institute", "University", "College", "School", "Academy", "Foundation", "Society", "Church", "Army", "Navy", "Police", "Court", "Bank", "Bancorp", "Bankcorp", "Securities", "Capital", "Partners", "Investments", "Insurance", "Fund", "Trust", "Exchange", "Airlines", "Airways", "Air", "Motors", "Motor", "Industries", "Technologies", "Technology", "Systems", "Communications", "Telecom", "Electric", "Electronics", "Energy", "Petroleum", "Oil", "Gas", "Pharmaceuticals", "Pharma", "Foods", "Chemicals", "Steel", "Mining", "Resources", "Media", "Entertainment", "Studios", "Records", "Pictures", "Express", "Times", "Post", "News", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle", "Magazine", "Press", "Radio", "Television", "TV", "Network", "Broadcasting", "Reserve", "Board", "Service", "Services", "Front", "Movement", "Alliance", "Coalition", "Brigade", "Brigades", "Forces", "Guard", "Congress", "Assembly", "Parliament", "Senate", "Cabinet", "Organisation", "Organization", "Bureau", "Office", "Ministries", "Commission", "Group", "Company", "Companies", "Enterprises", "Holdings", "Laboratories", "Labs", "Software", "Networks", "Corps"]),
    "it": frozenset(["Calcio", "Volley", "Basket", "Rugby", "Group", "Holding", "Editore", "Editori", "Industrie"]),
    "fr": frozenset(["SAS", "SARL", "Groupe"]),
    "es": frozenset(["Club"]),
    "de": frozenset(["AG", "GmbH", "KG", "e.V.", "eV", "Bank", "Partei", "Verlag", "Werke", "Konzern"]),
}  # fmt: skip

# German compounds naming institutions ("Innenministerium", "Staatsanwaltschaft").
ORG_COMPOUND_DE = (
    "ministerium", "partei", "bank", "verband", "verein", "gesellschaft", "gericht", "anwaltschaft",
    "kommission", "werke", "hochschule", "universität", "institut", "stiftung", "gewerkschaft", "zeitung",
    "agentur", "behörde", "konzern", "kasse", "sparkasse", "versicherung", "amt", "ämter", "bundesamt",
    "rundfunk", "fernsehen", "akademie", "kammer", "schule", "fraktion", "senat", "polizei", "direktion",
    "präsidium", "rat", "bund", "union", "liga", "club", "klub", "verlag",
)  # fmt: skip

# Words that open a place name ("Monte Bianco", "Lake Victoria", "Golfe du Mexique").
PLACE_PREFIX: dict[str, frozenset[str]] = {
    "it": frozenset(["San", "Tor", "Badia", "Rocca", "Castel", "Pieve", "Poggio", "Santa", "Santo", "Sant'", "Santi", "Provincia", "Monte", "Monti", "Lago", "Golfo", "Isola", "Isole", "Mar", "Mare", "Fiume", "Val", "Valle", "Canale", "Stretto", "Penisola", "Piazza", "Piazzale", "Via", "Viale", "Corso", "Largo", "Vicolo", "Ponte", "Porta", "Stadio", "Aeroporto", "Stazione", "Palazzo", "Castello", "Duomo", "Basilica", "Cattedrale", "Parco", "Colle", "Passo", "Bosco", "Riviera", "Punta", "Borgo", "Porto", "Golfo", "Oceano", "Catena", "Pianura", "Deserto", "Baia", "Laguna", "Cima", "Piana", "Contrada", "Quartiere", "Autostrada", "Galleria", "Torre", "Arco"]),
    "en": frozenset(["Mount", "Mt", "Mt.", "Lake", "Gulf", "Cape", "Fort", "Isle", "Port", "Lake", "Bay", "Strait", "Sea", "Cape", "St.", "Saint", "San", "Santa"]),
    "fr": frozenset(["Saint", "Sainte", "St", "Ste", "Mont", "Monts", "Lac", "Golfe", "Île", "Îles", "Cap", "Place", "Rue", "Avenue", "Boulevard", "Pont", "Porte", "Mer", "Baie", "Détroit", "Col", "Canal", "Aéroport", "Gare", "Palais", "Château", "Cathédrale", "Parc", "Quai"]),
    "es": frozenset(["San", "Santa", "Santo", "Monte", "Montes", "Lago", "Golfo", "Isla", "Islas", "Cabo", "Río", "Sierra", "Plaza", "Calle", "Avenida", "Puerto", "Estadio", "Mar", "Bahía", "Estrecho", "Canal", "Aeropuerto", "Estación", "Palacio", "Castillo", "Catedral", "Parque", "Paseo", "Cordillera", "Valle", "Desierto", "Playa"]),
    "de": frozenset(["St.", "Bad", "Sankt", "Kap", "Insel", "Golf", "Berg", "Land", "Landes", "Bundesland", "Freistaat", "Kreis", "Landkreis"]),
}  # fmt: skip

# Sports clubs: abbreviations and words that open a club's name in any language ("FC Bayern",
# "1. FC Köln", "SV 09 Hofheim", "Inter Mailand", "Real Madrid", "Olympique Marseille").
CLUB_PREFIX = frozenset(["FC", "AC", "AS", "SS", "US", "SC", "SV", "TSV", "TSG", "FSV", "VfB", "VfL", "VfR", "SG", "SpVgg", "BSC", "KSV", "KSG", "RSC", "SK", "BK", "IF", "IK", "FK", "NK", "HNK", "GNK", "CF", "CD", "UD", "SD", "RCD", "CA", "SE", "EC", "AJ", "OGC", "RC", "KV", "KRC", "KAA", "SL", "FV", "TuS", "TV", "TC", "TTC", "HC", "HSV", "ESV", "PSV", "SSV", "Real", "Atlético", "Atletico", "Sporting", "Dynamo", "Dinamo", "Lokomotiv", "Lokomotive", "Spartak", "CSKA", "Olympique", "Olympiakos", "Racing", "Stade", "Inter", "Borussia", "Eintracht", "Fortuna", "Hertha", "Werder", "Rapid", "Alemannia", "Arminia", "Hansa", "Union", "Rot-Weiß", "Rot-Weiss", "Blau-Weiß", "Schwarz-Weiß", "Kickers", "Stuttgarter", "Juventus", "Partizan", "Roter", "Crvena", "Legia", "Slavia", "Sparta", "Ferencváros", "Steaua", "Celtic", "Hibernian", "Heart", "Hearts", "Wisla", "Wisła", "Lech", "Górnik", "Ajax", "Feyenoord", "Anderlecht", "Standard", "Galatasaray", "Fenerbahçe", "Beşiktas", "Besiktas", "Benfica", "Deportivo"])  # fmt: skip

# Words that close a place name ("Hudson River", "Wall Street", "Red Sea").
PLACE_SUFFIX: dict[str, frozenset[str]] = {
    "en": frozenset(["River", "Lake", "Island", "Islands", "Mountains", "Mountain", "Mount", "Hills", "Hill", "Heights", "Valley", "Bay", "Sea", "Ocean", "Strait", "Straits", "Canal", "Desert", "Peninsula", "Street", "Avenue", "Road", "Boulevard", "Square", "Bridge", "Park", "Stadium", "Airport", "Station", "Coast", "Beach", "Gardens", "Falls", "Forest", "Plain", "Plains", "Basin", "Delta", "Gulf", "Sound", "Channel", "Harbour", "Harbor", "County", "Province", "Territory", "Region", "District", "Oblast", "Strip"]),
    "fr": frozenset([]),
    "it": frozenset(["Terme"]),
    "es": frozenset([]),
    "de": frozenset([]),
}  # fmt: skip

# German compounds naming places ("Hauptstraße", "Main-Kinzig-Kreis", "Bodensee").
PLACE_COMPOUND_DE = (
    "straße", "strasse", "platz", "allee", "gasse", "weg", "ring", "damm", "ufer", "brücke", "kreis",
    "see", "gebirge", "tal", "wald", "park", "hafen", "bahnhof", "flughafen", "stadion", "halle", "viertel",
    "insel", "küste", "land", "berg", "burg", "dorf", "hausen", "heim", "ingen", "stadt",
)  # fmt: skip

# Direction and size words that extend a place name on either side ("Nord Italia", "Germania Est").
DIRECTIONS = frozenset(fold(w) for w in ["Nord", "Sud", "Est", "Ovest", "Centro", "Centrale", "Alto", "Alta", "Basso", "Bassa", "Nuova", "Nuovo", "Gran", "Grande", "Settentrionale", "Meridionale", "Orientale", "Occidentale", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "New", "Greater", "Ouest", "Haute", "Haut", "Basse", "Bas", "Nouvelle", "Grand", "Norte", "Sur", "Este", "Oeste", "Bajo", "Baja", "Nueva", "Nuevo", "Ost", "Süd", "Neu", "Mittel", "Ober", "Unter", "Nieder"])  # fmt: skip

# German place prefixes glued to a place name ("Ostdeutschland", "Westeuropa", "Süditalien").
DIRECTION_PREFIX_DE = ("nord", "süd", "sud", "ost", "west", "mittel", "zentral", "ober", "unter", "nieder", "neu", "alt", "groß")

# Common nouns that, capitalised in running text, name a national or local institution
# ("il capo dello Stato", "el Gobierno", "the Treasury").
INSTITUTION_CAPS: dict[str, frozenset[str]] = {
    "it": frozenset(["stato", "governo", "consiglio", "camera", "senato", "parlamento", "regione", "provincia", "comune", "procura", "prefettura", "questura", "cassazione", "tribunale", "esercito", "polizia", "chiesa", "curia", "quirinale", "viminale", "farnesina", "consulta", "magistratura", "marina", "aeronautica", "arma", "guardia", "ministero"]),
    "en": frozenset(["congress", "senate", "parliament", "treasury", "pentagon", "commons", "lords", "cabinet", "navy", "army"]),
    "fr": frozenset(["gouvernement", "assemblée", "sénat", "parlement", "élysée", "matignon", "quai"]),
    "es": frozenset(["gobierno", "ejecutivo", "congreso", "senado", "parlamento", "ayuntamiento", "generalitat", "xunta", "junta", "audiencia", "fiscalía", "policía", "ejército", "armada", "moncloa"]),
    "de": frozenset(),
}  # fmt: skip

# Words that make a run of capitalised words the name of an event, award or competition, which
# is not a person, organisation or place ("Coppa Italia", "America's Cup", "Tour de France").
MISC_WORDS = frozenset(["Coppa", "Cup", "Copa", "Coupe", "Pokal", "Award", "Awards", "Prize", "Premio", "Prix", "Preis", "Trofeo", "Trophy", "Trophée", "Festival", "Championship", "Championships", "Campionato", "Campeonato", "Championnat", "Meisterschaft", "Olympics", "Olimpiadi", "Olympiade", "Giochi", "Games", "Juegos", "Jeux", "Contest", "Slam", "Mondiali", "Mundial", "Weltmeisterschaft", "Tour", "Giro", "Vuelta", "Rally", "Marathon", "Maratona", "Expo", "Biennale", "Grammy", "Emmy", "Nobel", "Pulitzer"])  # fmt: skip

# Role words of the KB that name an institution as a whole; the NER evaluation counts them as ORG
# where the gold standard does (KIND guidelines 2.2 and 3.1: "il governo italiano", "la polizia").
INSTITUTIONS: dict[str, frozenset[str]] = {
    lang: frozenset(w.strip() for w in words.split(",") if w.strip())
    for lang, words in {
        "it": """governo, polizia, carabinieri, guardia di finanza, esercito, marina, aeronautica,
            aeronautica militare, marina militare, procura, magistratura, parlamento, senato,
            camera dei deputati, regime, amministrazione, corte costituzionale, corte suprema,
            consiglio dei ministri, farnesina, viminale, palazzo chigi, bundestag, knesset,
            ministero, questura, vigili del fuoco, protezione civile, consiglio comunale,
            consiglio regionale, consiglio provinciale, giunta comunale, giunta regionale,
            duma, cia, mossad, fsb, svr, idf, tsahal""",
        "en": """cia, mossad, fsb, svr, idf, bundestag, knesset, duma, state department""",
        "fr": """gouvernement, police, gendarmerie, armée, parlement, sénat, assemblée nationale, cia, mossad,
            fsb, svr, idf, bundestag, knesset, duma""",
        "es": """gobierno, ejecutivo, policía, guardia civil, ejército, congreso, senado, parlamento, cia,
            mossad, fsb, svr, idf, bundestag, knesset, duma""",
        "de": """bundesregierung, bundestag, bundesrat, bundeswehr, knesset, duma, cia, mossad, fsb, svr, idf""",
    }.items()
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Organisations and places the KB does not hold (recognition only: they get no actor code)
# ---------------------------------------------------------------------------------------------

ORG_NAMES = """
Google
Alphabet
Microsoft
Apple
Amazon
Facebook
Meta
Instagram
WhatsApp
Twitter
YouTube
TikTok
ByteDance
Netflix
Spotify
Uber
Airbnb
Tesla
SpaceX
OpenAI
Nvidia
Intel
AMD
Qualcomm
IBM
Oracle
Cisco
Adobe
Dell
Hewlett-Packard
Lenovo
Samsung
Sony
Panasonic
Toshiba
Hitachi
Fujitsu
Canon
Nikon
Nintendo
Huawei
Xiaomi
ZTE
Alibaba
Tencent
Baidu
Yahoo
Yahoo!
eBay
PayPal
LinkedIn
Wikipedia
Mozilla
Nokia
Ericsson
Motorola
BlackBerry
Siemens
Philips
Bosch
SAP
Vodafone
Telecom Italia
TIM
Telefónica
Deutsche Telekom
AT&T
Verizon
Fiat
Ferrari
Lamborghini
Maserati
Alfa Romeo
Lancia
Stellantis
Chrysler
General Motors
Ford
Volkswagen
BMW
Mercedes-Benz
Daimler
Audi
Porsche
Opel
Renault
Peugeot
Citroën
Toyota
Honda
Nissan
Mitsubishi
Mazda
Subaru
Suzuki
Hyundai
Kia
Volvo
Saab
Boeing
Airbus
Lockheed Martin
Raytheon
Northrop Grumman
General Dynamics
BAE Systems
Finmeccanica
Fincantieri
Thales
Dassault
Rheinmetall
Krauss-Maffei
Eni
Enel
Shell
BP
Exxon
ExxonMobil
Chevron
TotalEnergies
Gazprom
Rosneft
Lukoil
Aramco
Saudi Aramco
Repsol
Iberdrola
Endesa
E.ON
RWE
EDF
Engie
Alitalia
ITA Airways
Lufthansa
Air France
KLM
British Airways
Ryanair
easyJet
Iberia
Delta Air Lines
United Airlines
American Airlines
Emirates
Qatar Airways
Aeroflot
Trenitalia
Deutsche Bahn
SNCF
Renfe
UniCredit
Intesa Sanpaolo
Mediobanca
Monte dei Paschi
Generali
Deutsche Bank
Commerzbank
Allianz
Barclays
HSBC
Lloyds
JPMorgan
JP Morgan
Goldman Sachs
Morgan Stanley
Citigroup
Citibank
Bank of America
Wells Fargo
Lehman Brothers
Merrill Lynch
BlackRock
Santander
BBVA
BNP Paribas
Société Générale
Crédit Agricole
UBS
Credit Suisse
Nestlé
Unilever
Procter & Gamble
Coca-Cola
PepsiCo
McDonald's
Starbucks
Walmart
Carrefour
Ikea
IKEA
Zara
Inditex
H&M
Nike
Adidas
Puma
Gucci
Prada
Armani
Benetton
Luxottica
Pirelli
Barilla
Ferrero
Mediaset
Fininvest
RAI
Rai
Sky
Sky Italia
BBC
CNN
Fox News
NBC
CBS
ABC News
MSNBC
Al Jazeera
Al-Jazeera
Al Arabiya
Euronews
France 24
Deutsche Welle
Russia Today
RT
Reuters
Associated Press
AP
AFP
Agence France-Presse
ANSA
Adnkronos
dpa
DPA
EFE
Europa Press
Interfax
TASS
ITAR-TASS
RIA Novosti
Xinhua
Kyodo
Yonhap
Bloomberg
New York Times
The New York Times
Washington Post
The Washington Post
Wall Street Journal
The Wall Street Journal
Financial Times
The Economist
The Guardian
The Times
The Independent
The Daily Telegraph
Daily Telegraph
Daily Mail
The Sun
Newsweek
Politico
Le Monde
Le Figaro
Libération
Le Parisien
L'Express
Le Point
Der Spiegel
Spiegel
Die Zeit
Bild
Frankfurter Allgemeine
Frankfurter Allgemeine Zeitung
Süddeutsche Zeitung
Die Welt
Handelsblatt
El País
El Mundo
ABC
La Vanguardia
El Periódico
Corriere della Sera
La Repubblica
La Stampa
Il Sole 24 Ore
Sole 24 Ore
Il Messaggero
Il Giornale
Il Fatto Quotidiano
Il Manifesto
Avvenire
Il Foglio
La Gazzetta dello Sport
Gazzetta dello Sport
Corriere dello Sport
L'Osservatore Romano
Greenpeace
Amnesty International
Human Rights Watch
Medici Senza Frontiere
Médecins Sans Frontières
Ärzte ohne Grenzen
Médicos Sin Fronteras
Doctors Without Borders
Save the Children
Oxfam
Caritas
Croce Rossa
Red Cross
Croix-Rouge
Cruz Roja
Rotes Kreuz
Red Crescent
Mezzaluna Rossa
Transparency International
Reporters Without Borders
Reporter senza frontiere
Reporters sans frontières
Reporteros sin Fronteras
Reporter ohne Grenzen
WWF
Legambiente
Hamas
Hezbollah
Hizbollah
Hisbollah
Hizbulá
Fatah
Al Qaeda
Al-Qaeda
al-Qaeda
Al Qaida
al-Qaida
Talebani
Taliban
Talibanes
ISIS
Isis
Daesh
Stato Islamico
Islamic State
État islamique
Estado Islámico
Islamischer Staat
Boko Haram
Al-Shabaab
al-Shabaab
Houthi
Huthi
PKK
IRA
ETA
FARC
Gruppo Wagner
Wagner Group
Groupe Wagner
Grupo Wagner
Wagner-Gruppe
Cosa Nostra
Camorra
'Ndrangheta
Mafia
FIFA
UEFA
CIO
IOC
COI
CONI
FIGC
Federcalcio
NBA
NFL
NHL
MLB
ATP
WTA
FIA
Juventus
Juve
Inter
Internazionale
Fiorentina
Atalanta
Sampdoria
Udinese
Hellas Verona
Manchester United
Manchester City
Arsenal
Tottenham
Tottenham Hotspur
Newcastle United
Aston Villa
West Ham
Leeds United
Real Madrid
Barça
Atlético Madrid
Atlético de Madrid
Villarreal
Athletic Bilbao
Athletic de Bilbao
Real Sociedad
Betis
Real Betis
Deportivo
Celta
Espanyol
Bayern München
Bayern Munich
Bayern Monaco
Borussia Dortmund
Schalke
Schalke 04
Werder Bremen
Hamburger SV
Eintracht Frankfurt
Bayer Leverkusen
VfB Stuttgart
Borussia Mönchengladbach
Hertha BSC
Paris Saint-Germain
PSG
Olympique Marseille
Olympique de Marseille
Olympique Lyonnais
Ajax
PSV
Feyenoord
Benfica
Celtic
Rangers
Galatasaray
Fenerbahçe
Boca Juniors
River Plate
Ferrari
McLaren
Red Bull
Pfizer
BioNTech
Germanwings
T-Mobile
Wikimedia
Wikimedia Foundation
it: Nuovo Centrodestra
it: NCD
it: Ncd
it: Scelta Civica
it: Casa delle Libertà
it: Unione di Centro
it: Futuro e Libertà
it: Articolo Uno
it: Noi con l'Italia
it: Liberi e Uguali
it: Partito Socialista Italiano
it: Europa Verde
it: Fiamma Tricolore
it: Partito Liberale Italiano
it: Partito Repubblicano Italiano
it: Partito Popolare Italiano
it: UGL
it: Ugl
it: Confartigianato
it: Confagricoltura
it: ABI
it: Borsa Italiana
it: Monte dei Paschi di Siena
it: Mps
it: Assicurazioni Generali
it: Parmalat
it: Tuttosport
it: Enpa
it: ENPA
it: Arma dei Carabinieri
it: Corte di Cassazione
it: Cassazione
it: Consiglio Superiore della Magistratura
it: Agenzia delle Entrate
it: Lega Serie A
it: Istituto Superiore di Sanità
it: Agenzia Spaziale Italiana
it: Anas
it: ANAS
it: Cotral
it: Italgas
it: Iren
it: Antitrust
it: Garante della Privacy
it: Garante per la protezione dei dati personali
it: Covip
it: Cei
it: CEI
it: Conferenza Episcopale Italiana
it: Acli
it: ACLI
it: Arci
it: ARCI
it: Anpi
it: ANPI
it: Slow Food
it: Telefono Azzurro
it: Unitalsi
it: Federazione Italiana Giuoco Calcio
it: Serie A
it: Serie B
it: Confedilizia
it: Assolombarda
it: Federmeccanica
it: Fiom
it: FIOM
it: Cobas
it: Cisal
it: Unipol
it: Banco BPM
it: BPER
it: Carige
it: Banca Popolare di Vicenza
it: Veneto Banca
it: Banca Etruria
it: Ilva
it: ArcelorMittal
it: Whirlpool
it: Electrolux
it: FCA
it: Eataly
it: Versace
it: Dolce & Gabbana
it: Moncler
it: Ferragamo
it: Fendi
it: Mondadori
it: RCS
it: Canale 5
it: Rete 4
it: TG1
it: Tg1
it: TG2
it: Tg2
it: TG3
it: Tg3
it: Tg5
it: TG5
it: Radio Radicale
it: Radio Vaticana
it: Osservatore Romano
it: Resto del Carlino
it: La Gazzetta del Mezzogiorno
it: L'Unione Sarda
it: La Nuova Sardegna
it: Il Tirreno
it: Giornale di Sicilia
it: Fanpage
it: Radio 24
it: Radio Deejay
it: Mediaset Premium
it: DAZN
it: Dazn
it: Confcooperative
it: Legacoop
it: Federfarma
it: Fnomceo
it: Ordine dei Medici
it: Ordine dei Giornalisti
it: Fnsi
it: FNSI
it: Usigrai
it: Polizia Postale
it: Polizia Penitenziaria
it: Polizia Locale
it: Polizia Municipale
it: Corpo Forestale dello Stato
it: ROS
it: DIA
it: Direzione Investigativa Antimafia
it: Direzione Nazionale Antimafia
it: DDA
it: AISI
it: AISE
it: Esercito Italiano
it: Stato Maggiore della Difesa
it: Senato della Repubblica
it: Presidenza del Consiglio
Partito Democratico
PD
Pd
Forza Italia
Lega
Lega Nord
Fratelli d'Italia
FdI
Movimento 5 Stelle
M5S
Popolo della Libertà
PdL
Pdl
Italia Viva
Sinistra Italiana
Rifondazione Comunista
Democrazia Cristiana
Partito Comunista Italiano
PCI
Alleanza Nazionale
Sinistra Ecologia Libertà
Più Europa
+Europa
Udc
UDC
Cgil
CGIL
Cisl
CISL
Uil
UIL
Confindustria
Coldiretti
Codacons
Labour
Labour Party
Conservative Party
Conservatives
Tories
Liberal Democrats
Lib Dems
Scottish National Party
SNP
UKIP
Reform UK
Sinn Féin
Sinn Fein
Democratic Party
Republican Party
GOP
CDU
CSU
SPD
FDP
AfD
Grünen
Grüne
Die Grünen
Die Linke
Linke
PDS
BSW
Freie Wähler
DGB
IG Metall
La République en Marche
LREM
En Marche
Les Républicains
UMP
RPR
Parti socialiste
Rassemblement national
Front national
La France insoumise
LFI
EELV
Les Verts
CGT
CFDT
MEDEF
PP
PSOE
Podemos
Vox
Ciudadanos
Izquierda Unida
Sumar
ERC
PNV
CiU
Junts
Bildu
EH Bildu
Herri Batasuna
UGT
CCOO
Comisiones Obreras
Likud
Kadima
Fidesz
ANC
Baath
Ba'ath
Bharatiya Janata Party
BJP
Congress Party
Kuomintang
Sinn Féin
Scotland Yard
FBI
NSA
DEA
ATF
NASA
ESA
Roscosmos
CERN
Europol
Interpol
Bundesbank
Federal Reserve
Fed
Banca d'Italia
Bank of England
Banque de France
Banco de España
Consob
Bankitalia
Istat
ISTAT
Eurostat
INPS
Inps
INAIL
Guardia di Finanza
Vigili del Fuoco
Protezione Civile
Polizia di Stato
Guardia Costiera
Guardia Civil
Policía Nacional
Mossos d'Esquadra
Ertzaintza
Gendarmerie
Bundespolizei
Bundeskriminalamt
BKA
Verfassungsschutz
BND
Stasi
KGB
MI5
MI6
DGSE
DGSI
SISMI
SISDE
DIGOS
Digos
Antimafia
Chiesa cattolica
Catholic Church
Église catholique
Iglesia católica
katholische Kirche
Opus Dei
Harvard
Harvard University
Yale
Stanford
MIT
Oxford University
Cambridge University
Sorbonne
Bocconi
Sapienza
Politecnico di Milano
Max Planck
Fraunhofer
Human Rights Council
Microsoft Corporation
Google Inc
Apple Inc
it: Milan
it: TAR
it: Tar
it: CSM
it: Anac
it: ANAC
it: Enac
it: ENAC
it: Enav
it: ENAV
it: Arera
it: Ivass
it: Capitaneria di porto
it: Capitaneria di Porto
Frontex
Fratelli Musulmani
Fratellanza Musulmana
Muslim Brotherhood
Frères musulmans
Hermanos Musulmanes
Muslimbrüder
Muslimbruderschaft
Rizzoli
Feltrinelli
Einaudi
Fastweb
Iliad
Autogrill
Esselunga
Conad
Lavazza
Campari
Peroni
Ducati
Piaggio
Aprilia
Beretta
Ansaldo
Saipem
Snam
Terna
Atlantia
Autostrade per l'Italia
Poste Italiane
Ferrovie dello Stato
RFI
ATAC
Atac
Edison
A2A
Acea
Fininvest
La7
Sky TG24
SkyTg24
Rai Uno
Rai Due
Rai Tre
Rai 1
Rai 2
Rai 3
Rai News
Tgcom24
AGI
Agi
LaPresse
Il Resto del Carlino
La Nazione
Il Mattino
Il Tempo
Il Secolo XIX
Il Gazzettino
L'Unità
Panorama
L'Espresso
Famiglia Cristiana
Federalberghi
Confcommercio
Confesercenti
Lipu
LIPU
Comunità di Sant'Egidio
Sant'Egidio
Telethon
AIRC
CNR
Cnr
INGV
Ingv
ASI
ENEA
INFN
Inail
Agcom
AGCOM
Cassa Depositi e Prestiti
Consulta
Consiglio di Stato
Corte dei Conti
Corte dei conti
Corte costituzionale
Corte Costituzionale
Polizia Stradale
Polfer
Croce Rossa Italiana
Sel
SEL
Italia dei Valori
IdV
Idv
Democratici di Sinistra
Ds
L'Ulivo
Ulivo
Partito Radicale
Radicali Italiani
Msi
MSI
Movimento Sociale Italiano
CasaPound
Forza Nuova
Psi
PSI
Dc
DC
Lega Pro
Olimpia Milano
Virtus Bologna
Wallabies
Toro Rosso
Sauber
Yamaha
Moderna
AstraZeneca
Johnson & Johnson
Novartis
Roche
Sanofi
Bayer
GlaxoSmithKline
GSK
Merck
Eli Lilly
Skype
Snapchat
Telegram
Reddit
Moody's
Standard & Poor's
Fitch
Nasdaq
NYSE
Dow Jones
Piazza Affari
Euronext
Sun Microsystems
Red Hat
Disney
Walt Disney
Warner Bros
Universal
Paramount
HBO
MGM
Siemens AG
Daimler-Benz
VW
BASF
Mannesmann
Veba
Viag
Dresdner Bank
Deutsche Post
Bundesbahn
Continental
Degussa
Metallgesellschaft
Henkel
Karstadt
Kaufhof
Aldi
Lidl
Tengelmann
Bertelsmann
Axel Springer
FAZ
taz
ARD
ZDF
RTL
Sat.1
SAT.1
ProSieben
ddp
epd
KNA
sid
SID
Bündnis 90
Bündnis 90/Die Grünen
NPD
DVU
ÖTV
Kickers Offenbach
FSV Frankfurt
HSV
MSV Duisburg
Hansa Rostock
Karlsruher SC
KSC
1. FC Köln
1. FC Kaiserslautern
1. FC Nürnberg
FCK
Arminia Bielefeld
Dynamo Dresden
Waldhof Mannheim
SC Freiburg
St. Pauli
Efe
EFECOM
RTVE
TVE
Telefónica
BBV
Argentaria
Banesto
La Caixa
Caja Madrid
Bankia
RENFE
SEAT
El Corte Inglés
Atlético
IU
HB
CC.OO.
Guardia Civil
Policía Nacional
Mossos
Generalitat
Xunta
Junta de Andalucía
Audiencia Nacional
Tribunal Supremo
Tribunal Constitucional
Congreso de los Diputados
CNMV
ONCE
Cáritas
Itar-Tass
Compaq
McDonnell Douglas
Lockheed
Mobil
Texaco
NatWest
Citicorp
Chase Manhattan
J.P. Morgan
Salomon Brothers
Nomura
Daiwa
Sumitomo
Mitsui
NEC
Daewoo
LG
Olivetti
GATT
PLO
Inkatha
"""

# Places that are not states or cities: continents and parts of the world, regions, islands,
# seas, rivers, mountains. One name a line; a line "it: X" is Italian only, and so on.
PLACE_NAMES = """
Occidente
Oriente
it: Corno d'Africa
Horn of Africa
fr: Corne de l'Afrique
es: Cuerno de África
de: Horn von Afrika
fr: Occident
fr: Orient
de: Abendland
de: Morgenland
Europa
Europe
Asia
Asie
Asien
Africa
Afrique
Afrika
África
America
Amérique
Amerika
América
Americhe
Americas
Amériques
Oceania
Océanie
Ozeanien
Oceanía
Antartide
Antarctica
Antarctique
Antarktis
Antártida
Artico
Arctic
Arctique
Arktis
Ártico
Eurasia
Eurasien
Nord America
Nordamerica
Nordamerika
North America
Amérique du Nord
América del Norte
Norteamérica
Sud America
Sudamerica
Südamerika
South America
Amérique du Sud
América del Sur
Sudamérica
America Latina
Latin America
Amérique latine
América Latina
Lateinamerika
Latinoamérica
Centroamerica
America centrale
Central America
Amérique centrale
Centroamérica
Mittelamerika
Medio Oriente
Medioriente
Vicino Oriente
Middle East
Near East
Moyen-Orient
Proche-Orient
Oriente Medio
Oriente Próximo
Nahost
Naher Osten
Mittlerer Osten
Estremo Oriente
Far East
Extrême-Orient
Extremo Oriente
Fernost
Balcani
Balkans
Balkan
Balcanes
Caucaso
Caucasus
Caucase
Cáucaso
Kaukasus
Maghreb
Magreb
Sahel
Sahara
Scandinavia
Scandinavie
Skandinavien
Escandinavia
Siberia
Sibérie
Sibirien
Mitteleuropa
Osteuropa
Westeuropa
Südeuropa
Nordeuropa
Südostasien
Zentralasien
Ostasien
Baltico
Baltikum
Baltics
Mediterraneo
Mediterranean
Méditerranée
Mediterráneo
Mittelmeer
Atlantico
Atlantic
Atlantique
Atlántico
Atlantik
Pacifico
Pacific
Pacifique
Pacífico
Pazifik
Oceano Indiano
Indian Ocean
océan Indien
Indischer Ozean
Mar Nero
Black Sea
mer Noire
mar Negro
Schwarzes Meer
Mar Rosso
Red Sea
mer Rouge
mar Rojo
Rotes Meer
Mar Baltico
Baltic Sea
Ostsee
Mare del Nord
North Sea
mer du Nord
mar del Norte
Nordsee
Mar Caspio
Caspian Sea
mer Caspienne
Kaspisches Meer
Mar Cinese Meridionale
South China Sea
mer de Chine méridionale
Südchinesisches Meer
Mar Egeo
Aegean
Ägäis
Adriatico
Adriatic
Adriatique
Adria
Tirreno
Mar Tirreno
Ionio
Mar Ionio
Mar Mediterraneo
Golfo Persico
Persian Gulf
Gulf
golfe Persique
Persischer Golf
Golfo di Aden
Gulf of Aden
Canale di Suez
Suez Canal
canal de Suez
Suezkanal
Canale di Sicilia
Canale della Manica
Manica
English Channel
Ärmelkanal
Stretto di Hormuz
Strait of Hormuz
Straße von Hormus
Stretto di Taiwan
Taiwan Strait
Bosforo
Bosphorus
Bosporus
Mar Rosso
Alpi
Alps
Alpes
Alpen
Appennini
Appennino
Dolomiti
Dolomites
Dolomiten
Pirenei
Pyrenees
Pyrénées
Pirineos
Pyrenäen
Himalaya
Himalaia
Ande
Andes
Anden
Urali
Urals
Oural
Ural
Etna
Vesuvio
Vesuvius
Everest
Monte Bianco
Mont Blanc
Cervino
Matterhorn
Danubio
Danube
Donau
Reno
Rhine
Rhin
Rin
Rhein
Po
Tevere
Arno
Adige
Piave
Tamigi
Thames
Tamise
Senna
Seine
Loira
Loire
Rodano
Rhône
Ródano
Nilo
Nile
Nil
Elba
Elbe
Oder
Vistola
Volga
Wolga
Dnipro
Dnieper
Dnepr
Dnjepr
Giordano
Jordan River
Tigri
Tigris
Eufrate
Euphrates
Euphrat
Éufrates
Gange
Ganges
Yangtze
Mississippi
Amazzonia
Amazon
Amazonie
Amazonia
Amazonien
Mosel
Moselle
Neckar
Ebro
Tajo
Tago
Guadalquivir
Cisgiordania
West Bank
Cisjordanie
Cisjordania
Westjordanland
Striscia di Gaza
Gaza Strip
bande de Gaza
Franja de Gaza
Gazastreifen
Gaza
Alture del Golan
Golan Heights
Golan
Sinai
Sinaï
Sinaí
Kashmir
Cachemire
Cachemira
Kaschmir
Tibet
Tíbet
Xinjiang
Kurdistan
Kurdistán
Darfur
Donbass
Donbas
Crimea
Crimée
Krim
Cecenia
Chechnya
Tchétchénie
Chechenia
Tschetschenien
Daghestan
Dagestan
Abcasia
Abkhazia
Abkhazie
Abjasia
Abchasien
Ossezia del Sud
South Ossetia
Ossétie du Sud
Osetia del Sur
Südossetien
Nagorno-Karabakh
Nagorno Karabakh
Karabakh
Berg-Karabach
Transnistria
Transnistrie
Transnistrien
Punjab
Bengala
Bengal
Sicilia
Sicily
Sicile
Sizilien
Sardegna
Sardinia
Sardaigne
Cerdeña
Sardinien
Corsica
Corse
Córcega
Korsika
Lombardia
Lombardy
Lombardie
Lombardía
Lombardei
Piemonte
Piedmont
Piémont
Piamonte
Piemont
Veneto
Vénétie
Venetien
Liguria
Ligurie
Ligurien
Emilia-Romagna
Emilia Romagna
Émilie-Romagne
Toscana
Tuscany
Toscane
Toskana
Umbria
Ombrie
Umbrien
Lazio
Latium
Abruzzo
Abruzzi
Molise
Campania
Campanie
Kampanien
Puglia
Apulia
Pouilles
Apulien
Basilicata
Calabria
Calabre
Kalabrien
Valle d'Aosta
Aosta Valley
Trentino
Trentino-Alto Adige
Alto Adige
Südtirol
South Tyrol
Friuli
Friuli-Venezia Giulia
Friuli Venezia Giulia
Salento
Brianza
Maremma
Chianti
Langhe
Cilento
Irpinia
Ciociaria
Carnia
Valtellina
Valsesia
Val d'Aosta
Baviera
Bavaria
Bavière
Bayern
Sassonia
Saxony
Saxe
Sajonia
Sachsen
Sachsen-Anhalt
Turingia
Thuringia
Thüringen
Assia
Hesse
Hessen
Renania
Rhineland
Rhénanie
Rheinland
Rheinland-Pfalz
Nordrhein-Westfalen
Renania Settentrionale-Vestfalia
North Rhine-Westphalia
Westfalen
Baden-Württemberg
Baden
Württemberg
Niedersachsen
Lower Saxony
Bassa Sassonia
Basse-Saxe
Schleswig-Holstein
Mecklenburg-Vorpommern
Mecklenburg
Vorpommern
Brandenburg
Brandeburgo
Saarland
Saar
Pfalz
Schwaben
Allgäu
Schwarzwald
Black Forest
Foresta Nera
Forêt-Noire
Ruhrgebiet
Ruhr
Tirolo
Tyrol
Tirol
Carinzia
Carinthia
Kärnten
Stiria
Styria
Steiermark
Salisburghese
Bassa Austria
Niederösterreich
Oberösterreich
Vorarlberg
Burgenland
Ticino
Tessin
Vallese
Valais
Wallis
Grigioni
Graubünden
Grisons
Île-de-France
Bretagna
Brittany
Bretagne
Bretaña
Normandia
Normandy
Normandie
Normandía
Provenza
Provence
Alsazia
Alsace
Elsass
Alsacia
Lorena
Lorraine
Lothringen
Borgogna
Burgundy
Bourgogne
Burgund
Aquitania
Aquitaine
Occitanie
Occitania
Auvergne
Savoia
Savoy
Savoie
Savoyen
Costa Azzurra
Côte d'Azur
Picardie
Guascogna
Gascogne
Vandea
Vendée
Catalogna
Catalonia
Catalogne
Cataluña
Catalunya
Katalonien
Paesi Baschi
Basque Country
Pays basque
País Vasco
Euskadi
Baskenland
Andalusia
Andalousie
Andalucía
Andalusien
Galizia
Galicia
Galice
Galicien
Castiglia
Castile
Castille
Castilla
Kastilien
Castilla y León
Castilla-La Mancha
La Mancha
Aragona
Aragon
Aragón
Aragonien
Navarra
Navarre
Asturie
Asturias
Asturies
Asturien
Cantabria
Extremadura
Estremadura
Murcia
La Rioja
Rioja
Canarie
Canary Islands
Canaries
Canarias
Kanaren
Baleari
Balearic Islands
Baléares
Baleares
Balearen
Maiorca
Mallorca
Majorque
Ibiza
Minorca
Menorca
Comunità Valenciana
Comunidad Valenciana
Inghilterra
England
Angleterre
Inglaterra
Scozia
Scotland
Écosse
Escocia
Schottland
Galles
Wales
Pays de Galles
Gales
Irlanda del Nord
Northern Ireland
Irlande du Nord
Irlanda del Norte
Nordirland
Ulster
Gran Bretagna
Great Britain
Grande-Bretagne
Gran Bretaña
Großbritannien
Cornovaglia
Cornwall
Yorkshire
Lancashire
Kent
Essex
Sussex
Surrey
Midlands
Fiandre
Flanders
Flandre
Flandes
Flandern
Vallonia
Wallonia
Wallonie
Valonia
Wallonien
Fiandre
Olanda
Holland
Hollande
Holanda
Lapponia
Lapland
Laponie
Laponia
Lappland
Groenlandia
Greenland
Groenland
Grönland
Siberia
Anatolia
Anatolie
Anatolien
Kurdistan
Patagonia
Patagonie
Patagonien
Texas
Alaska
Hawaii
Florida
California
Californie
Kalifornien
Quebec
Québec
Ontario
Columbia Britannica
British Columbia
Colombie-Britannique
Alberta
Manitoba
Saskatchewan
Nuovo Galles del Sud
New South Wales
Queensland
Tasmania
Tasmanie
Tasmanien
Kosovo
Borneo
Sumatra
Giava
Java
Bali
Mindanao
Hokkaido
Okinawa
Honshu
Kyushu
Hainan
Guangdong
Sichuan
Hubei
Fujian
Yunnan
Mongolia Interna
Inner Mongolia
Manciuria
Manchuria
Mandschurei
Hong Kong
Macao
Macau
Siberia
Kamchatka
Kamtschatka
Sakhalin
Cuba
Sicilia
Sardegna
Elba
Capri
Ischia
Lampedusa
Pantelleria
Lipari
Stromboli
Malta
Creta
Crete
Crète
Creta
Kreta
Rodi
Rhodes
Rhodos
Cipro
Corfù
Corfu
Santorini
Lesbo
Lesbos
Silicon Valley
Wall Street
Manhattan
Brooklyn
Bronx
Queens
Harlem
Hollywood
Beverly Hills
Broadway
Times Square
Capitol Hill
Ground Zero
Piazza San Pietro
Piazza Venezia
Colosseo
Colosseum
Vaticano
Campidoglio
Montecitorio
Palazzo Madama
Trastevere
Fiumicino
Malpensa
Linate
Heathrow
Gatwick
Orly
Roissy
Barajas
Tegel
Kreuzberg
Montmartre
Champs-Élysées
Champs Elysées
Terra
Marte
Giove
Jupiter
Júpiter
Saturno
Saturn
Saturne
Venere
Vénus
Plutone
Pluto
Pluton
Plutón
Urano
Uranus
Nettuno
Neptune
Neptun
Neptuno
Via Lattea
Milky Way
Voie lactée
Vía Láctea
Milchstraße
de: Main
it: Marche
"""


def _lines(block: str, lang: str) -> tuple[str, ...]:
    """The names of a block that apply to ``lang`` (a line "it: X" applies to Italian only)."""
    out: list[str] = []
    for ln in block.splitlines():
        ln = ln.strip()
        if not ln:
            continue
        if len(ln) > 4 and ln[2:4] == ": " and ln[:2].isalpha() and ln[:2].islower():
            if ln[:2] != lang:
                continue
            ln = ln[4:]
        out.append(ln)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=8)
def org_names(lang: str) -> tuple[str, ...]:
    return _lines(ORG_NAMES, lang)


@lru_cache(maxsize=8)
def place_names(lang: str) -> tuple[str, ...]:
    return _lines(PLACE_NAMES, lang)


_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")


def is_roman(word: str) -> bool:
    return bool(word) and len(word) <= 6 and bool(_ROMAN.match(word))
