"""Event coding, ``rules`` backend: lexicon triggers, clause-level attribution, modality.

For each trigger the coder looks for
- the actor: the nearest actor mention before the trigger in the same clause that is not the
  object of a preposition, with the mentions coordinated with it ("Stati Uniti e Giappone");
  for nominal triggers, "di/of/de/von X" after the trigger; in the passive, the agent
  ("da parte di", "by", "par", "por", "von");
- recipients: the first actor mention after the trigger, with its coordinated mentions;
- modality from cues around the trigger: negated, hypothetical (conditions, conditional mood),
  perceived (fear or perception of a threat is not a threat), future, historical background.
A promised cooperative act is coded AGREE, as PLOVER asks.
"""

from __future__ import annotations

import dataclasses
import re

from dyads.config import Config
from dyads.dates import EN_WEEKDAY_WORDS
from dyads.lexicon import PLOVER_SCORE, Lexicon, Trigger, goldstein, load_lexicon, quad_of
from dyads.model import ActorRef, Doc, Event, EventDate, Mention, Modality, Span, Token, content_id
from dyads.pipeline import register_stage

ACTOR_KINDS = {"state", "organisation", "person", "role"}
COORD = re.compile(
    # "Le Royaume-Uni, le Canada et l'Australie", "des États-Unis, du Japon, de l'Australie": a list
    r"^\s*(?:,(?:\s*(?:il|lo|la|l'|i|gli|le|the|les|el|los|las|der|die|das|den|dem|du|des|de|del|della|dell'|dello|degli|dei)){0,2}"
    r"|(?:,\s*)?(?:e|ed|and|et|y|und|sowie|as well as|&)"
    r"(?:\s*(?:il|lo|la|l'|i|gli|le|the|les|el|los|las|der|die|das|den|dem|a|al|alla|allo|all'|ai|agli|alle|to|à|au|aux|an|con|with|avec|mit|contra|contro|against|gegen|de|du|des|del|della|dell'|di|of|von)){0,2})\s*$",
    re.IGNORECASE,
)
# Words that make the next mention an object or a place, not a subject (beyond the lexicon's
# recipient prepositions).
OBJ_PREPS = {
    "it": {"a", "al", "alla", "ai", "agli", "alle", "all", "in", "nel", "nella", "con", "per", "verso", "contro", "su", "tra", "fra", "di", "del", "della", "dei", "degli", "delle", "dell", "da", "dal", "dalla", "presso"},
    "en": {"to", "in", "with", "for", "against", "toward", "towards", "on", "at", "of", "from", "by", "into", "between", "among"},
    "fr": {"à", "au", "aux", "en", "avec", "pour", "contre", "envers", "sur", "de", "du", "des", "d", "par", "dans", "entre", "vers"},
    "es": {"a", "al", "en", "con", "para", "contra", "hacia", "sobre", "de", "del", "por", "entre", "desde"},
    "de": {"an", "in", "mit", "für", "gegen", "gegenüber", "auf", "von", "vom", "aus", "nach", "zu", "zum", "zur", "bei", "durch", "zwischen", "im", "ins", "am",
           "vor", "wegen", "trotz", "seit", "unter", "über", "ohne", "um", "beim"},
}  # fmt: skip
GENITIVE = {"it": {"di", "del", "della", "dei", "degli", "delle", "dell", "da parte di"}, "en": {"of", "by"},
            "fr": {"de", "du", "des", "d"}, "es": {"de", "del"}, "de": {"von", "vom", "des", "der"}}  # fmt: skip
PASSIVE_AUX = {
    "it": {"stato", "stata", "stati", "state", "viene", "vengono", "venne", "vennero", "verrà", "verranno", "venga", "vengano",
           "venisse", "venissero"},
    "en": {"was", "were", "been", "being", "is", "are", "be", "got"},
    "fr": {"été", "est", "sont", "fut"},
    "es": {"fue", "fueron", "sido", "es", "son", "será"},
    "de": {"wurde", "wurden", "worden", "wird", "werden"},
}  # fmt: skip
AGENT = {"it": {"da", "dal", "dalla", "dai", "dagli", "dalle", "dall"}, "en": {"by"}, "fr": {"par"},
         "es": {"por"}, "de": {"von", "vom", "durch"}}  # fmt: skip
CONDITIONAL = {
    "it": re.compile(r"\w+(?:rebbe|rebbero|resti|remmo)$"),
    "fr": re.compile(r"\w+(?:rait|raient|rions)$"),
    "es": re.compile(r"\w+(?:ría|rían|ríamos)$"),
    "en": re.compile(r"^(?:would|could|might)$"),
    "de": re.compile(r"^(?:würde|würden|könnte|könnten|hätte|hätten|wäre|wären)$"),
}
FUTURE = {
    "it": re.compile(r"^(?!tiranno$)\w+(?:erà|irà|arà|eranno|iranno|aranno|rà|ranno)$"),  # (the noun "tiranno" is no future)
    "fr": re.compile(r"\w+(?:era|eront|ira|iront|ra|ront)$"),
    "es": re.compile(r"\w+(?:ará|erá|irá|arán|erán|irán)$"),
    "en": re.compile(r"^(?:will|shall|'ll)$"),
    "de": re.compile(r"^(?:wird|werden|werde)$"),
}
COND_LOOKALIKES = {"retrait", "portrait", "attrait", "extrait", "trait", "abstrait", "distrait", "mayoría", "minoría",
                   "secretaría", "batería", "ingeniería", "categoría", "galería", "teoría", "tesorería", "auditoría",
                   "consejería", "asesoría", "cafetería", "lotería", "artillería", "infantería", "caballería"}  # fmt: skip
DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "el", "los", "las", "una", "unos", "unas", "del",
               "il", "lo", "i", "gli", "uno", "della", "dei", "degli", "delle", "sa", "son", "ses", "su", "sus", "suo", "sua",
               "ce", "cet", "cette", "este", "esta", "questo", "questa", "nuevo", "nueva", "nouveau", "nouvelle"}  # fmt: skip
# Verbs that stop or lift what follows them ("suspend aid", "lift sanctions"), in five languages.
STOPPERS = {
    "suspend", "halt", "freeze", "lift", "ease", "repeal", "revoke", "scrap",
    "sospendere", "sospeso", "congelare", "interrompere", "revocare", "revoca", "allentare", "abolire", "togliere",
    "suspendre", "suspendu", "geler", "interrompre", "lever", "levée", "assouplir", "abroger",
    "suspender", "suspendido", "congelar", "interrumpir", "levantar", "levantamiento", "suavizar", "derogar",
    "aussetzen", "ausgesetzt", "einfrieren", "stoppen", "aufheben", "aufgehoben", "lockern", "Aufhebung",
}  # fmt: skip
MONTHS_EN = {"March", "May"}
# "da un drone", "in un raid", "by an airstrike", "par une frappe", "por un ataque", "bei einem Angriff"
PASSIVE_AGENT_PHRASE = re.compile(r"(?i)\b(?:da|dal|dalla|dai|in|nel|nella|durante|by|in|during|par|lors|dans|por|en|durante|"
                                  r"von|bei|durch)\b\s+(?:\w+\s+){0,3}$")
FR_NEG_PARTNERS = {"pas", "jamais", "plus", "rien", "aucun", "aucune", "personne", "guère", "point", "ni", "nullement", "aucunement"}
NOT_EXCLUDED = {  # not ruling something out makes it possible, not negated
    "it": (re.compile(r"non (?:può essere|possono essere|è|sono|va|vanno) esclus[oaie]|non (?:esclude|escludono|ha escluso|hanno escluso)"),),
    "en": (re.compile(r"(?:not|n't) (?:be )?rul(?:e|ed|ing) out|(?:not|n't) exclud(?:e|ed)"),),
    "fr": (re.compile(r"n'(?:est|sont) pas exclue?s?|n'exclu(?:t|ent) pas|n'a pas exclu|n'ont pas exclu|ne pas exclure"),),
    "es": (re.compile(r"no (?:se )?(?:descarta|descartan|descartó|ha descartado|excluye|excluyó)|no (?:está|están) descartad[oa]s?"),),
    # ("schließt militärische Gewalt zur Übernahme Grönlands und des Panamakanals nicht aus")
    "de": (re.compile(r"(?:nicht )?ausgeschlossen werden|schlie(?:ß|ss)(?:t|en) (?:[\w-]+ ){0,10}nicht aus\b|schloss(?:en)? (?:[\w-]+ ){0,10}nicht aus\b"
                      r"|(?:hat|haben) (?:[\w-]+ ){0,10}nicht ausgeschlossen|nicht auszuschließen"
                      r"|(?:ist|sei|wäre|scheint|bleibt) (?:\w+ )?nicht ausgeschlossen"),),
}
CONCESSIVE = ("even if", "as if", "anche se", "come se", "neanche se", "même si", "comme si", "aun si", "incluso si",
              "como si", "auch wenn", "selbst wenn", "wenn auch", "als ob")
CONDITION_AFTER_PHRASES = {  # a condition after the act: "only if", "a condizione che", "sofern"
    "it": ("a condizione che", "a patto che", "purché", "solo se", "soltanto se", "qualora", "se", "nel caso in cui", "nel caso di",
           "in caso di", "a meno che"),
    "en": ("only if", "unless", "provided that", "on condition that", "as long as", "if"),
    "fr": ("à condition que", "à condition de", "pourvu que", "seulement si", "à moins que", "sauf si", "si"),
    "es": ("a condición de que", "siempre que", "siempre y cuando", "solo si", "sólo si", "a menos que", "si"),
    "de": ("nur wenn", "nur falls", "sofern", "vorausgesetzt", "falls", "wenn", "es sei denn", "sobald", "unter der voraussetzung",
           "unter der bedingung"),
}
SETTING_OPENERS = {"dopo", "prima", "durante", "al", "alla", "nel", "nella", "after", "before", "during", "following", "at",
                   "après", "avant", "pendant", "lors", "au", "à", "tras", "después", "antes", "en", "nach", "vor",
                   "während", "bei", "beim", "am"}
WITH = {"con", "with", "avec", "mit", "insieme"}
NOUN_ARTICLES = {"it": {"la", "il", "lo", "l", "una", "un", "sua", "suo"},
                 "en": {"the", "a", "an", "his", "her", "their", "its"},
                 "fr": {"la", "le", "l", "une", "un", "sa", "son", "leur", "cette", "ce"},
                 "es": {"la", "el", "una", "un", "su", "esta", "este"}}
RELATIVE_OPENERS = {"where", "dove", "où", "donde", "wo", "which", "who", "whom", "whose", "che", "cui", "qui", "que",
                    "lequel", "laquelle", "welche", "welcher", "der", "die", "das"}
RECEIVE = {"ricevere", "ricevuto", "ricevuti", "ricevuta", "ricevute", "ottenere", "ottenuto", "receive", "received",
           "obtain", "obtained", "recevoir", "reçu", "reçus", "reçue", "obtenir", "obtenu", "recibir", "recibido", "recibió",
           "obtener", "obtuvo", "erhalten", "erhielt", "erhielten", "bekommen", "bekam", "bekamen",
           # taking what is offered: "secured a loan from the IMF", "accepted a jet from Qatar"
           "secure", "secured", "win", "won", "get", "got", "accept", "accepted", "land", "landed", "incassare",
           "incassato", "assicurato", "assicurata", "décrocher", "décroché", "accepter", "accepté", "conseguir",
           "consiguió", "conseguido", "logró", "aceptó", "aceptar", "sicherte", "gesichert", "annehmen", "angenommen",
           # "Il Marocco ha accettato le squadre di soccorso inviate dalla Spagna": the sender gives
           "accettare", "accettato", "accettata", "accettati", "accettate", "accetta", "accettano", "accettò"}
GOODS = {  # things received as aid (CAMEO 07): "received drones from Iran" is no visit
    "arma", "armi", "drone", "droni", "missile", "missili", "munizione", "munizioni", "carro", "carri", "aiuto", "aiuti",
    "vaccino", "vaccini", "fondi", "prestito", "caccia", "proiettili", "weapon", "weapons", "arms", "drones", "missiles",
    "tanks", "ammunition", "aid", "shells", "vaccines", "funds", "loan", "jets", "arme", "armes", "chars",
    "munitions", "aide", "obus", "vaccins", "fonds", "prêt", "armas", "misiles", "tanques", "municiones",
    "ayuda", "proyectiles", "vacunas", "fondos", "préstamo", "waffe", "waffen", "drohne", "drohnen", "rakete", "raketen",
    "panzer", "munition", "hilfe", "granaten", "impfstoff", "impfstoffe", "kredit", "hilfsgüter"}
# where from: Italian "da" is both the agent and the origin preposition
FROM = {"it": AGENT["it"], "en": {"from"}, "fr": {"depuis"}, "es": {"desde"}, "de": {"aus"}}
ACTIVE_AUX = {"ha", "hanno", "ho", "abbiamo", "aveva", "avevano", "has", "have", "had", "a", "ont", "avait", "avaient",
              "han", "había", "habían"}
ANNOUNCE = {"kündigen", "annunciare", "announce", "annoncer", "anunciar", "ankündigen", "pledge", "promettere", "promettre", "prometer", "versprechen", "zusagen"}
DATIVE = {"it": {"a", "ad", "al", "all", "alla"}, "en": {"to"}, "fr": {"à", "au"}, "es": {"a", "al"}, "de": {"an"}}
# Prepositions before a nominal trigger that make it a circumstance of another event
# ("dopo i colloqui", "con l'accusa di", "per violazione ... del genocidio").
NOUN_PREPS = {
    "it": {"di", "del", "della", "dei", "degli", "delle", "dell", "dopo", "per", "con", "sul", "sulla", "nel", "nella", "nei", "durante", "contro", "tra", "fra", "da", "dal", "dalla", "al", "alla"},
    "en": {"of", "after", "for", "with", "in", "during", "over", "following", "against", "from", "on", "amid", "at"},
    "fr": {"de", "du", "des", "d", "après", "pour", "avec", "dans", "lors", "pendant", "contre", "sur"},
    "es": {"de", "del", "tras", "después", "para", "con", "en", "durante", "contra", "sobre", "por", "a", "al"},
    "de": {"nach", "wegen", "für", "mit", "bei", "während", "gegen", "über", "von", "vom", "des", "der"},
}  # fmt: skip
GOVERNING = {"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"}
COMPLEMENTISERS = {"a", "ad", "di", "per", "to", "à", "de", "d", "d'", "zu", "que", "che", "pour"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
CLAUSE_BREAK_BY_LANG = {
    "it": {";", ":", "che", "mentre", "ma", "dove", "e", "poi"},
    "en": {";", ":", "that", "while", "whereas", "but", "where", "and", "then"},
    "fr": {";", ":", "que", "qu", "tandis", "mais", "où", "et", "puis"},
    "es": {";", ":", "que", "mientras", "pero", "donde", "y", "luego"},
    "de": {";", ":", "dass", "während", "aber", "wo", "und", "dann"},
}  # fmt: skip
CLAUSE_BREAK = set().union(*CLAUSE_BREAK_BY_LANG.values())
CONSEQUENCES = {"consequences", "consequence", "price", "response", "conseguenze", "conséquences", "consecuencias", "konsequenzen",
                "folgen", "preis", "antwort", "reaktion", "ritorsioni", "représailles", "represalias", "vergeltung"}
FIRST_PERSON = {"we", "us", "our", "noi", "nous", "nosotros", "wir", "uns"}
PRONOUNS = {"he", "she", "they", "it", "lui", "lei", "egli", "essa", "esso", "loro", "il", "elle", "ils", "elles", "él", "ella", "ellos", "ellas", "er", "sie", "es"}
# "aurait bombardé", "habría atacado", "avrebbe colpito": the press conditional reports an
# unconfirmed fact, not a hypothesis
HEARSAY_AUX = {"aurait", "auraient", "habría", "habrían", "avrebbe", "avrebbero"}
LOCATIVE_PREPS = {"it": {"in", "nel", "nella", "presso", "su", "sul", "sulla"}, "en": {"in", "at", "off", "near", "over", "on"},
                  "fr": {"en", "dans", "au", "sur", "près"}, "es": {"en", "sobre"}, "de": {"in", "im", "bei", "über", "vor"}}  # fmt: skip
DE_COORD = {"und", "aber", "oder", "sowie", "sondern"}  # "..., und haben dort X getroffen": elided subject
DE_SUBJECT_STARTERS = {"der", "die", "das", "den", "dem", "ein", "eine", "er", "sie", "es", "wir", "ihr", "man", "dieser", "diese", "dieses"}
PURPOSE = {"para", "per", "pour", "zu", "afin"}  # English "to" is left to the dyad coder (called X to congratulate)
TEMPORAL_PREPS = {"dopo", "prima", "durante", "after", "before", "during", "following", "après", "avant", "pendant",
                  "tras", "después", "antes", "nach", "vor", "während"}  # fmt: skip
RELATIVES = {"che", "cui", "il quale", "la quale", "which", "who", "that", "qui", "que", "lequel", "laquelle",
             "der", "die", "das", "welche", "welcher"}  # fmt: skip
# "laut der israelischen Armee", "according to Kyiv", "selon Moscou": a source, never the subject
SOURCE_PREPS = {"it": {"secondo"}, "en": {"according"}, "fr": {"selon", "après"}, "es": {"según"}, "de": {"laut", "zufolge"}}
# A sentence opened by a subordinate clause ("Weil es sich von Russland bedroht sieht, hat Finnland
# ..."): the main clause starts after the comma that closes it.
SUBORDINATORS = {
    "it": {"perché", "poiché", "siccome", "sebbene", "benché", "quando", "se", "mentre", "dopo", "prima", "nonostante"},
    "en": {"because", "since", "although", "though", "when", "if", "while", "after", "before", "as", "unless", "once",
           "should", "were", "had", "provided", "providing"},
    "fr": {"parce", "puisque", "bien", "lorsque", "quand", "si", "alors", "après", "avant", "comme", "tandis"},
    "es": {"porque", "aunque", "cuando", "si", "mientras", "tras", "después", "antes", "como", "puesto", "ya"},
    "de": {"weil", "da", "obwohl", "nachdem", "als", "wenn", "falls", "während", "seit", "seitdem", "bevor", "sobald",
           "sollte", "sollten"},
}  # fmt: skip
BETWEEN = {"it": {"tra", "fra"}, "en": {"between"}, "fr": {"entre"}, "es": {"entre"}, "de": {"zwischen"}}
# German participles come before their auxiliary ("von Putin empfangen worden"): the passive shows after the trigger
DE_PASSIVE_AFTER = {"worden", "wurde", "wurden", "werden", "wird"}
UNAMBIGUOUS_RELATIVES = {"which", "who", "whom", "qui", "lequel", "laquelle", "lesquels", "welche", "welcher", "welches",
                         "cui", "quale", "quali", "cual", "cuales", "quien", "quienes"}  # fmt: skip
DE_SETTING_PREPS = {"beim", "bei", "während", "nach", "vor", "in", "im", "am", "auf"}  # "Beim Gipfel ...": the setting
GERUND = {"it": re.compile(r"\w{3,}(?:ando|endo)$"), "fr": re.compile(r"\w{3,}ant$"), "es": re.compile(r"\w{3,}(?:ando|iendo)$"),
          "en": re.compile(r"\w{3,}ing$"), "de": re.compile(r"\w{3,}end$")}  # fmt: skip
TOGETHER = ("insieme a", "insieme con", "assieme a", "together with", "along with", "alongside", "jointly with",
            "aux côtés de", "avec l'aide de", "junto con", "junto a", "conjuntamente con", "zusammen mit", "gemeinsam mit")  # fmt: skip
LIST_PREPS = frozenset({"de", "du", "des", "d", "di", "del", "della", "dell", "dei", "degli", "delle", "of", "von", "vom", "a",
                        "à", "au", "aux", "to", "with", "con", "avec", "mit", "en", "in", "da", "dal", "par", "by", "por",
                        "sur", "on", "al", "alla", "all", "nell", "sull", "secondo", "according", "selon", "según",
                        "laut", "après", "dopo", "after", "tras", "nach"})  # fmt: skip
INF_COMPLEMENTISERS = {"di", "ad", "to", "de", "d", "zu", "of"}
PERFECT_INFINITIVE = {"aver", "avere", "averla", "averlo", "averli", "averle", "averne", "avoir", "having", "haber", "esser",
                      "essere", "être"}  # fmt: skip
YEAR_CUES = {"in", "nel", "en", "im", "bereits", "schon", "del", "du", "de",
             "anno", "année", "año", "jahr", "year", "jahre", ",", "already", "già", "déjà", "ya",
             # pluperfect auxiliaries: "Russland hatte 2008 Georgien angegriffen"
             "hatte", "hatten", "war", "waren", "aveva", "avevano", "era", "erano", "avait", "avaient", "había", "habían", "had",
             # a month before the year: "nel dicembre 2020", "en mars 2014", "im Januar 1961"
             "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre", "january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "décembre", "enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "juni", "juli",
             "oktober", "dezember"}  # fmt: skip
LIST_GOES_ON = re.compile(r"^(?:\s*,\s*[^,.;:]{1,40}?)*\s*,?\s*(?:e|ed|and|et|y|und|sowie|as well as)\b", re.IGNORECASE)
POSSESSIVES = {"su", "sus", "sa", "son", "ses", "sua", "suo", "sue", "suoi", "his", "her", "their", "its", "seine", "seiner",
               "seinem", "seinen", "ihre", "ihrer", "ihrem", "ihren", "leur", "leurs", "loro"}  # fmt: skip
CONDITION_AFTER = {"if", "unless", "se", "qualora", "si", "falls", "wenn", "sofern", "sollte", "sollten"}
POSSESSOR = re.compile(r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:'s|’s)\s*$")
_NUM = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|" \
       r"molti|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|" \
       r"varios|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehreren|vielen)"
YEARS_AGO = re.compile(
    rf"(?i)\b(?:{_NUM}\s+(?:years?|decades?|anni|decenni|ans|années|décennies|años|décadas)\s+(?:after|ago|fa|dopo|après|plus tard|después|antes|atrás|earlier|before|prima)"
    rf"|(?:il y a|hace|vor)\s+{_NUM}\s+(?:ans|années|años|jahren|jahrzehnten)"
    # "almost a year after the group began firing rockets", "five months after M23 seized Goma"
    r"|(?:a|an|one|un|una|une|un'|einem)\s+(?:year|decade|anno|decennio|an|année|décennie|año|década|jahr|jahrzehnt)\s+"
    r"(?:after|ago|earlier|dopo|fa|après|plus tôt|después|antes|nach)"
    rf"|{_NUM}\s+(?:months|mesi|mois|meses|monate|monaten)\s+(?:after|ago|earlier|dopo|fa|après|plus tôt|después|antes|nach)"
    # the Italian elided tens: "Vent'anni dopo l'invasione americana dell'Iraq"
    r"|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)['’]anni\s+(?:dopo|fa|prima))\b")
DE_ATTRIBUTIVE = re.compile(r"(?:t|en)(?:e|en|er|es|em)$")
DE_ATTRIBUTE_AFTER = re.compile(r"\s+\w+(?:t|en)(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")  # "... unterstützten M23-Rebellen"
DE_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zwei", "drei",
                  "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "mehrere", "zahlreiche", "alle", "beiden", "viele",
                  "seine", "seinen", "ihre", "ihren", "ihrer"}  # fmt: skip
FRONTED = {"inquiet", "inquiète", "inquiets", "inquiètes", "se", "face", "alarmed", "worried", "concerned", "feeling", "fearing",
           "preoccupato", "preoccupata", "preoccupati", "preoccupate", "timoroso", "preocupado", "preocupada", "preocupados",
           "temeroso", "besorgt", "beunruhigt", "angesichts", "alarmiert", "craignant", "temendo", "temiendo", "citing", "invoking",
           "citando", "invoquant", "alléguant", "alegando",
           # "Angry at the deployment of a Chinese oil rig, Vietnamese rioters ...", "Wary of China, ...":
           # an emotion opening the sentence names its cause, not an act the sentence reports
           "angry", "angered", "furious", "incensed", "outraged", "upset", "irked", "enraged", "wary", "suspicious", "sensing",
           "frustrated", "displeased"}  # fmt: skip
# "Weil sie sich von Serbien bedroht fühlt, hat die Regierung in Pristina die Grenzübergänge
# geschlossen", "Because it feels threatened ..., X closed": the fronted reason clause holds the fear
REASON_OPENERS = {"weil", "da", "because", "since", "as", "poiché", "perché", "siccome", "parce", "comme", "puisque", "porque", "como", "ya"}
TARGET_PREPS = {"on", "against", "su", "sul", "sulla", "contro", "sur", "contre", "auf", "gegen", "contra", "sobre"}
AGAINST = {"against", "contro", "contre", "gegen", "contra"}
ORIGIN = {"it": {"da"}, "en": {"from"}, "fr": {"de"}, "es": {"de"}, "de": {"aus"}}  # "Kriegsschiffe aus China, Russland und Iran"
PERCEIVABLE = {"THREATEN", "ASSAULT", "COERCE", "MOBILIZE"}
PERCEIVING = {
    "it": {"sentendosi", "sentirsi", "sente", "sentono", "sentiva", "sentivano", "temendo", "teme", "temono", "temeva"},
    "en": {"feeling", "feel", "feels", "felt", "fearing", "fear", "fears", "feared", "perceived", "perceive", "perceives"},
    "fr": {"sentant", "sent", "sentent", "sentait", "sentaient", "craignant", "craint", "craignent", "redoute", "redoutent"},
    "es": {"sintiéndose", "siente", "sienten", "sentía", "sentían", "temiendo", "teme", "temen", "temía"},
    "de": {"fühlt", "fühlen", "fühlte", "fühlten", "fürchtet", "fürchten", "befürchtet", "befürchten", "sieht", "sehen"},
}  # fmt: skip
DE_FINITE = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "will",
             "wollen", "soll", "sollen", "kann", "können"}  # fmt: skip
# words that open a condition ("se" is Italian "if", but French and Spanish reflexive)
IF_OPENERS = {"it": {"se", "qualora"}, "en": {"if", "unless"}, "fr": {"si"}, "es": {"si"}, "de": {"wenn", "falls", "sofern", "sobald", "solange"}}
DATIVE_CLITICS = {"it": {"gli"}, "fr": {"lui", "leur"}, "es": {"le", "les"}, "en": set(), "de": {"ihm", "ihnen"}}
PROPOSING = {"empfohlen", "empfehlen", "empfahl", "empfiehlt", "vorgeschlagen", "schlug", "erwogen", "erwägt", "erwägen",
             "raccomandato", "raccomanda", "proposto", "propone", "suggerito", "recommended", "recommends", "proposed",
             "proposes", "suggested", "recommandé", "recommande", "proposé", "propose", "suggéré", "recomendó", "recomienda",
             "propuso", "sugirió"}  # fmt: skip
ENVOY = re.compile(r"(?:ambasciat|ambassad|embajad|botschafter|embass|botschaft)")
DE_ENVOYS = re.compile(r"(?:diplomat|konsul|gesandt|geschäftsträger|attach)")  # "60 russische Diplomaten ausgewiesen"
EXPECTED = {"dovrebbe", "dovrebbero", "devrait", "devraient", "debería", "deberían", "debe", "deben"}
DE_NEGATION_AFTER = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals"}
_DAYS = (r"(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|settimana|mese|anno|lunedì|martedì|"
         r"mercoledì|giovedì|venerdì|sabato|domenica|semaine|mois|année|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
         r"semana|mes|año|lunes|martes|miércoles|jueves|viernes|sábado|domingo|woche|monat|jahr|montag|dienstag|mittwoch|"
         r"donnerstag|freitag|samstag|sonntag)")
TIME_AHEAD = re.compile(
    rf"(?i)\b(?:tomorrow|domani|demain|mañana|morgen|übermorgen|next\s+{_DAYS}|prossim[oa]\s+{_DAYS}|{_DAYS}\s+prossim[oa]|"
    rf"{_DAYS}\s+prochaine?|próxim[oa]\s+{_DAYS}|(?:nächste[nrs]?|kommende[nrs]?)\s+{_DAYS}|later\s+this\s+(?:week|month|year))\b")
COORD_WORDS = {"e", "ed", "and", "et", "y", "und", "o", "or", "ou", "oder"}
SUBJECT_RELATIVES = {"che", "which", "that", "who", "qui", "que", "welche"}
THAT = {"che", "that", "que", "qu", "dass"}
NO_DATIVE = {"CONSULT", "PROTEST", "MOBILIZE", "ASSAULT"}
# "talks on Ukraine", "accordo sull'Ucraina", "sommet sur l'Ukraine": the topic of a meeting or an
# agreement is not its recipient.
TOPIC_PREPS = {"it": {"su", "sul", "sulla", "sull", "sui", "sugli", "sulle", "riguardo"}, "en": {"on", "about", "over", "regarding"},
               "fr": {"sur", "concernant"}, "es": {"sobre", "acerca"}, "de": {"über", "zur", "zum", "bezüglich"}}  # fmt: skip
TOPICAL_TYPES = {"CONSULT", "AGREE", "SUPPORT", "REJECT", "COOPERATE"}
# Where troops deploy or allies exercise ("maniobras en el mar de Japón", "soldats en Pologne") is a
# place, not a party the act is aimed at.
PLACED_TYPES = {"MOBILIZE", "COOPERATE", "CONSULT"}
# agreements and signatures: a place far from the trigger is where it happened ("... celebrada en
# Suiza"), one right after it is the party ("pledged to invest $600 billion in the United States")
NEAR_PLACED_TYPES = {"AGREE", "SUPPORT"}
VENUE_TYPES = {"CONSULT", "MOBILIZE", "COOPERATE", "PROTEST"}  # and signing (057): "ont signé un accord à Doha"
# A state named as part of a geographic feature ("al confine con la Siria", "au large de Gibraltar",
# "the Sea of Japan") is a place.
GEO_NOUNS = {"mare", "mar", "mer", "sea", "meer", "confine", "confini", "frontiera", "frontera", "frontière", "border",
             "grenze", "costa", "coast", "côte", "küste", "costas", "coste", "côtes", "largo", "large", "golfo", "gulf",
             "golfe", "golf", "stretto", "strait", "détroit", "estrecho", "meerenge", "canale", "canal", "channel", "kanal",
             "isole", "islands", "îles", "islas", "inseln", "bande", "strip", "striscia", "franja", "streifen", "borders",
             "frontiere", "frontières", "fronteras", "grenzen", "airspace", "waters", "acque", "eaux", "aguas", "gewässer"}  # fmt: skip
# after a demonym only: "the southern Italian region of Apulia" (but "the region of Kursk" may be a target)
GEO_AFTER_DEMONYM = GEO_NOUNS | {"region", "regione", "région", "región", "regions", "soil", "suolo", "sol", "suelo", "boden"}
GEO_LINKS = {"di", "del", "della", "dello", "dell", "de", "des", "du", "d", "of", "the", "la", "le", "l", "el", "los", "las",
             "con", "with", "avec", "mit", "zu", "zur", "zum", "von", "der", "a", "al", "au", "off", "en", "in", "nel"}  # fmt: skip
PROTESTER_WORDS = re.compile(r"(?i)(?:manifestant|protest|demonstr|dimostrant|contestator|attivist|activist|aktivist|"
                             r"rioter|rivoltos|émeutier|alborotador|randalierer)")


class EventStage:
    def __init__(self, codebook: str, lex_paths: dict[str, str]) -> None:
        self.codebook = codebook
        self.lex_paths = lex_paths
        self._last_actors: list[Mention] = []  # per document: the subject that pronouns refer to
        self._last_sent = -1

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        lex = load_lexicon(lang, self.lex_paths.get(lang))
        if not lex.triggers or not doc.tokens:
            return doc
        from dyads.kb import load_kb

        kb_version = load_kb().version
        self._last_actors = []
        self._last_sent = -1
        actors_by_sent: dict[int, list[Mention]] = {}
        mentions_by_sent: dict[int, list[Mention]] = {}  # every mention, for the per-trigger look-ups
        dative = DATIVE.get(lang, set())
        agent = AGENT.get(lang, set())
        for m in doc.mentions:
            mentions_by_sent.setdefault(m.sent, []).append(m)
            if (m.kind in ACTOR_KINDS and m.source not in ("modifier", "title")) or (m.kind == "gap" and m.code and m.confidence >= 0.5):
                actors_by_sent.setdefault(m.sent, []).append(m)
            elif m.kind == "place" and m.source == "kb" and m.code and (_preceded_by(doc.text, m, dative) or (
                    _preceded_by(doc.text, m, agent) and PASSIVE_BEFORE.search(doc.text, max(0, m.start - 40), m.start))):
                # "è stata attaccata da Kiev", "expelled by Moscow": a capital as the agent of a passive
                # "ha chiesto a Berlino", "fornire armi a Kiev": a capital after a dative
                # preposition is a recipient (government metonym); the place stage still sees it.
                actors_by_sent.setdefault(m.sent, []).append(m)
            elif lang == "it" and m.kind == "place" and m.source == "kb" and m.code and _preceded_by(doc.text, m, BETWEEN["it"]) \
                    and IT_AND_NAME.match(doc.text, m.end):
                # "Colloqui tra Mosca e Kiev", "Nessun accordo tra Washington e Pechino": two capitals
                # paired by "tra ... e" stand for their governments, the two sides of the event
                actors_by_sent.setdefault(m.sent, []).append(m)
        for si_, ms_ in actors_by_sent.items():
            # "Assemblée générale de l'ONU" is coded; an uncoded "ONU" found inside it is no second party
            actors_by_sent[si_] = [m for m in ms_ if m.code or not any(
                o is not m and o.code and o.start <= m.start and m.end <= o.end for o in ms_)]
        toks_by_sent: dict[int, list[Token]] = {}
        for t in doc.tokens:
            toks_by_sent.setdefault(t.sent, []).append(t)
        events: list[Event] = []
        for si, toks in toks_by_sent.items():
            if si < 0 or si >= len(doc.sentences):
                continue
            # "con la mediazione di Pechino", "brokered by Qatar": a mediator is a third party, neither side
            # "the Rome Statute", "the Minsk agreements", "the Algiers peace deal": a city naming a
            # document or a process is no party
            ments = [m for m in actors_by_sent.get(si, []) if not MEDIATOR.search(doc.text[max(0, m.start - 30):m.start])
                     and not (m.kind in ("place", "state") and m.source in ("capital", "kb", "gazetteer") and DOCUMENT_AFTER.match(doc.text, m.end))]
            sent_ments = mentions_by_sent.get(si, [])
            threats: list[tuple[Match, Match]] = []
            coded: dict[int, Event] = {}
            # a word inside a name ("Ministero della Difesa", "Operation Protective Edge", "New
            # Zealand sanctioned") starts no trigger
            names = [(m.start, m.end) for m in sent_ments if m.kind in ("organisation", "person", "state") and m.source != "demonym"
                     # ("in Alarmbereitschaft versetzt": a German compound noun the name guesser took for a person)
                     and not (lang == "de" and m.kind == "person" and m.source == "pattern" and " " not in m.text
                              and m.text.lower().endswith(DE_NOUN_SUFFIXES))]
            blocked = lex.tokens_in_spans(toks, names)
            found = lex.match(toks, blocked)
            if lang == "en":
                found = _with_bare_strikes(found, toks, sent_ments)
                found = _with_pronoun_objects(found, toks, lex, blocked)
            looming: list[int] = []
            if lang == "de":
                # "droht Russland ein beispielloses Sanktionspaket", "droht eine Hungersnot": faces, not
                # threatens; the verb is not coded, and what it seems to govern is coded after it (as
                # impending) on its own
                looming = [m[1] for m in found if _de_looms(toks, m[0], m[1], m[2], sent_ments)]
            for i0, i1, trig, idx in governing_matches(found, toks, lang, threats):
                if i1 in looming and trig.type == "THREATEN":
                    continue
                ev = self._code(doc, lang, lex, toks, ments, sent_ments, i0, i1, trig, idx, si, kb_version)
                if ev is not None:
                    events.append(ev)
                    coded[i0] = ev
            if looming:
                # the verb is no threat (not coded above), so what it seemed to govern after it is
                # coded on its own, as impending; what comes before it stays its occasion
                for (c0, c1, ctrig, cidx), gov in [p for p in threats if p[1][1] in looming]:
                    if c0 > gov[1] and c0 not in coded and not _after_prep(toks, c0, DE_PREPOSITIONS, adjectives=2):
                        # ("droht nach dem Gipfel in Alaska ein Diktatfrieden": the occasion, no act)
                        ev = self._code(doc, lang, lex, toks, ments, sent_ments, c0, c1, ctrig, cidx, si, kb_version)
                        if ev is not None:
                            events.append(ev)
                            coded[c0] = ev
                threats = [p for p in threats if p[1][1] not in looming]
                for i in _de_faced_roles(toks, looming, coded, sent_ments):
                    events = [e for e in events if e is not coded[i]]
                    del coded[i]
            if lang == "de":
                _de_warned_against(toks, coded, sent_ments)
                _de_drop_deal_of_purchase(doc.text, toks, coded, events)
                _de_otherwise(toks, coded, events)
                _de_diplomatic_protest(coded, events, sent_ments)
            for i, e in list(coded.items()):
                if e.type == "MOBILIZE" and not e.recipients and len({a.code for a in e.actors if a.code}) > 1 \
                        and JOINT_EXERCISE.search(e.trigger.text):
                    # "Die Philippinen und die USA haben ihr bisher größtes Manöver begonnen", "the navies
                    # of India, the United States, Japan and Australia began the Malabar exercises": an
                    # exercise of several states together is military cooperation
                    new = dataclasses.replace(e, type="COOPERATE", mode=None, cameo="062", goldstein=goldstein("062"),
                                              quad=quad_of("062"), plover_score=PLOVER_SCORE["COOPERATE"])
                    events[events.index(e)] = new
                    coded[i] = new
            _free_relative(lang, toks, coded, sent_ments)
            for e in coded.values():
                if e.type == "CONSULT" and len(e.actors) + len(e.recipients) > 2:
                    # "Kishida and Xi met on the sidelines of the APEC summit": the forum is the setting
                    kept = [r for r in e.recipients if not SIDELINES.search(doc.text, max(0, r.start - 40), r.start)]
                    e.recipients = kept if kept or len(e.actors) > 1 else e.recipients
            if (ruled := _not_ruled_out(lang, toks, coded)) is not None:
                events.append(ruled)
            for i in [i for i, e in coded.items() if e.type == "REQUEST" and _own_people_addressed(doc.text, e, sent_ments)]:
                # "urged its citizens to leave Lebanon", "ruft seine Staatsbürger auf, den Libanon zu
                # verlassen": a government's advice to its own people addresses no other party
                events = [e for e in events if e is not coded[i]]
                del coded[i]
            for i in _restating_appositions(toks, coded):
                events = [e for e in events if e is not coded[i]]
                del coded[i]
            # (the English gold leaves such conditions out; the other sets code them hypothetical)
            _share_objects(toks, coded)
            for i, e in list(coded.items()):
                pair = _reciprocal(toks, i, e)
                if pair:
                    events[events.index(e):events.index(e) + 1] = pair
                    coded[i] = pair[0]
            if lang == "en" and coded and (pro := DID_SO.search(doc.text, doc.sentences[si].start, doc.sentences[si].end)) is not None:
                # "Slovenia voted to recognise a Palestinian state, days after Spain, Ireland and
                # Norway did so": the same act by the parties named right before the pro-verb
                first = min(coded.values(), key=lambda e: e.trigger.start)
                cands = [m for m in sent_ments if first.trigger.end <= m.start and m.end <= pro.start() and m.code
                         and m.kind in ("state", "organisation", "person") and m.source not in ("modifier", "title")]
                doers = cands[-1:] if cands and pro.start() - cands[-1].end <= 2 else []
                while doers and len(cands) > len(doers) and re.fullmatch(r"\s*(?:,|,? and)\s*", doc.text[cands[-len(doers) - 1].end:doers[0].start]):
                    doers.insert(0, cands[-len(doers) - 1])  # ("Spain, Ireland and Norway did so")
                own = {a.code for a in first.actors}
                in_condition = re.search(r"\b(?:if|unless|should)\b", doc.text[first.trigger.end:pro.start()]) is not None
                if doers and first.trigger.end <= pro.start() and not in_condition and not any(m.code in own for m in doers):
                    # (the other side doing the same: "Russia expelled two US diplomats, and Washington
                    # did the same": the roles turn round)
                    turned = {m.code for m in doers} & {r.code for r in first.recipients}
                    events.append(dataclasses.replace(first, id=content_id(f"{first.id}|same", "e"), actors=_refs(doers),
                                                      recipients=first.actors if turned else first.recipients,
                                                      trigger=Span(pro.start(), pro.end(), pro.group(0))))
            if lang == "en":
                for e in list(coded.values()):
                    if e.type == "SANCTION" and e.mode == "convict" and PRISON_TERM.match(doc.text, e.trigger.end):
                        # "sentenced Michael Spavor to eleven years in prison": a prison term is also
                        # imprisonment (COERCE arrest, as the manual codes convictions that jail)
                        events.append(dataclasses.replace(
                            e, id=content_id(f"{e.id}|jail", "e"), type="COERCE", mode="arrest", cameo="173", goldstein=goldstein("173"),
                            quad=quad_of("173"), plover_score=PLOVER_SCORE["COERCE"]))
                    elif e.type == "RETREAT" and e.actors and e.recipients and SWAP.match(doc.text, e.trigger.end, doc.sentences[si].end) \
                            and not {a.code for a in e.actors} & {r.code for r in e.recipients}:
                        # "Russia freed Trevor Reed in exchange for the Russian pilot Konstantin
                        # Yaroshenko": a swap, so the other side released someone too
                        events.append(dataclasses.replace(e, id=content_id(f"{e.id}|swap", "e"), actors=e.recipients, recipients=e.actors))
            if lang == "en":
                for i, e in list(coded.items()):
                    new = _en_roles_refined(doc.text, toks, i, e, coded, sent_ments)
                    if new is not e:
                        events[events.index(e)] = new
                        coded[i] = new
            if lang == "en" and (refused := _refused_objects(coded, found)):
                events = [e for e in events if not any(coded[i] is e for i in refused)]
                coded = {i: e for i, e in coded.items() if i not in refused}
            if lang == "en" and (folded := _en_folded_events(doc.text, coded)):
                events = [e for e in events if not any(coded[i] is e for i in folded)]
                coded = {i: e for i, e in coded.items() if i not in folded}
            # (the English gold codes no condition of another act, positive or not; the other sets
            # code conditions as hypothetical events)
            inside = {i for i in coded if _in_condition(toks, i, lang)} if lang == "en" else set()
            conditions = inside if len(inside) < len(coded) else {i for i in inside if _negative_condition(lex, toks, i, lang)}
            if lang == "en" and inside and len(inside) == len(coded) and (said_if := _said_would_if(doc, toks, coded, inside)) is not None:
                # "Netanyahu said Israel would turn Beirut into Gaza if Hezbollah started an
                # all-out war": the main clause's act is no trigger, but a speaker's "would ... if
                # <other party> <act>" is a conditional warning to that party; its condition is no event
                conditions = inside
                events.extend(said_if)
            if conditions:
                # "Iran would be bombed if it did not make a deal": an act whose absence another
                # act depends on, or the condition of another coded act, is no event of its own
                events = [e for e in events if not any(coded[i] is e for i in conditions)]
                coded = {i: e for i, e in coded.items() if i not in conditions}
            if lang == "it" and coded and (cut := _it_as_in_year(toks, doc.article.date)) > 0:
                # "Come già nel 2009, Mosca ha interrotto le forniture di gas all'Ucraina": the act is
                # done again; the earlier time is coded too, as the same act, historical
                events.extend(dataclasses.replace(e, id=content_id(f"{e.id}|again", "e"), modality="historical",
                                                  date=EventDate(None, "unresolved"))
                              for i, e in coded.items() if i > cut and e.modality == "asserted")
            if lang == "it" and len(coded) > 1:
                # "Al vertice di Hiroshima i leader del G7 si sono impegnati a ...", "i ministri
                # dell'UE riuniti a Lussemburgo": the summit is the setting of the act coded
                setting = {i for i, e in coded.items() if e.type == "CONSULT" and _it_setting_meeting(toks, i, coded, e)}
                events = [e for e in events if not any(coded[i] is e for i in setting)]
                coded = {i: e for i, e in coded.items() if i not in setting}
            # a threat is said by someone: a conditional plan the reporter describes ("Die USA
            # wollen die Sanktionen verschärfen, wenn ...") warns no one
            if any(e.modality in ("future", "hypothetical") for e in coded.values()):
                said = SOURCE_PREPS.get(lang, set()) | SPOKEN
                spoken = lex.cues.has("reported", toks) >= 0 or any(
                    t.text.lower() in said or t.lemma in ANNOUNCE or WARN_VERB.match(t.text) for t in toks)
                events.extend(self._conditional_threats(doc, toks, list(coded.values()), spoken, _closing_speaker(lex, toks, sent_ments)))
            if lang in ("en", "it") and lex.cues.has("hypothetical", toks) >= 0:
                # ("Trump ha minacciato di tagliare i fondi all'Oms se ...": the same in Italian)
                events.extend(_threat_contents(doc.text, coded, found, toks, lex, blocked))
            if threats and (lex.cues.has("hypothetical", toks) >= 0 or (lang == "it" and _it_conditional_mood(toks))):
                # "threatened a 5 percent tariff if Mexico did not stop ...": the threatened
                # sanction is coded too, hypothetical, between the same parties as the threat
                # ("ha avvertito che autorizzare Kiev a colpire ... significherebbe": the Italian
                # conditional mood is a condition as well)
                for (c0, c1, ctrig, cidx), gov in threats:
                    threat = coded.get(gov[0])
                    if lang == "it" and threat is not None and threat.modality == "perceived" \
                            and ctrig.type in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE") and _it_possible_act(toks, c0):
                        # "La Casa Bianca ha avvertito che la Russia potrebbe schierare nello spazio
                        # un'arma": the danger voiced is no threat, but the act warned of is coded
                        # as its author's possible act (hypothetical), with its own parties
                        ev = self._code(doc, lang, lex, toks, ments, sent_ments, c0, c1, ctrig, cidx, si, kb_version)
                        if ev is not None and ev.actors and ev.modality == "hypothetical":
                            events.append(ev)
                        continue
                    if (threat is not None and threat.modality == "perceived") or ctrig.type not in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE"):
                        continue
                    if threat is None:
                        # "Putin warned that Russia could strike decision-making centres in Kyiv": a
                        # warning with no party of its own threatens whom its content is aimed at
                        ev = self._code(doc, lang, lex, toks, ments, sent_ments, c0, c1, ctrig, cidx, si, kb_version) \
                            if gov[2].type == "THREATEN" and gov[2].pos == "verb" else None
                        if ev is not None and ev.actors and ev.recipients and ev.modality != "perceived" \
                                and not BACKGROUND_BEFORE.search(doc.text, max(0, ev.trigger.start - 16), ev.trigger.start):
                            ev.modality = "hypothetical"
                            events.extend([ev, _threat_of(ev, ev.recipients)])
                        continue
                    ev = self._code(doc, lang, lex, toks, ments, sent_ments, c0, c1, ctrig, cidx, si, kb_version)
                    if ev is not None:
                        if lang == "it" and ctrig.pos == "noun" and lex.cues.has("hypothetical", toks) < 0 and threat.recipients:
                            # "ha avvertito gli Stati Uniti che un loro intervento militare provocherebbe
                            # danni irreparabili", "che un attacco russo provocherebbe la risposta della
                            # NATO": the act that would have consequences is the warned party's
                            ev.actors, ev.recipients = threat.recipients, threat.actors
                        elif not _in_condition(toks, c0, lang) and not (lang == "it" and _it_controlled_actor(toks, c0, sent_ments)):
                            # (nor the act of a party allowed to act: "autorizzare Kiev a colpire la Russia")
                            # (the condition's own act keeps its parties: "... se invaderà l'Ucraina")
                            ev.actors, ev.recipients = threat.actors, threat.recipients
                        ev.modality = "hypothetical"
                        events.append(ev)
        doc.events = _dedupe(events)
        return doc

    def _code(self, doc: Doc, lang: str, lex: Lexicon, toks: list[Token], ments: list[Mention], sent_ments: list[Mention], i0: int, i1: int,
              trig: Trigger, idx: list[int], si: int, kb_version: str) -> Event | None:
        text = doc.text
        if trig.pos == "verb" and i0 > 0 and (
                (i0 == i1 and toks[i0 - 1].text.lower().rstrip("'’") in NOUN_ARTICLES.get(lang, set()))
                or (i0 == i1 and i0 > 1 and lang == "en" and toks[i0 - 1].text.isalpha() and toks[i0 - 1].text.islower()
                    and toks[i0 - 2].text.lower() in NOUN_ARTICLES["en"])  # "a rare visit", "the first visit"
                or (lang == "en" and toks[i0].text.lower().endswith("s") and toks[i0 - 1].text.lower() in SETTING_OPENERS | {"of"})):
            # "Durante la visita di Putin", "the visit by Sunak": a verb's form after an article is its noun
            trig = dataclasses.replace(trig, pos="noun")
        if lang == "de" and (reading := _de_special_reading(toks, i0, i1, trig)) is not None:
            if not isinstance(reading, Trigger):
                return None
            trig = reading
        if lang == "de" and trig.type == "THREATEN" and any(toks[k].text.lower().startswith(DE_EASING) for k in range(i0, i1 + 1) if k not in idx):
            # "stellt eine Lockerung der Sanktionen in Aussicht": sanctions eased are held out as a
            # promise (AGREE), not threatened
            trig = dataclasses.replace(trig, type="AGREE", mode=None, cameo="030")
        if lang == "de" and trig.type == "ASSAULT" and i0 == i1 and toks[i0].text.lower() in DE_BARE_WEAPONS and i0 > 0:
            k = i0 - 1
            while k > 0 and toks[k].text[:1].islower() and toks[k].text.isalpha() and toks[k].text.lower() not in DE_PREPOSITIONS:
                k -= 1
            if toks[k].text.lower() in ("von", "an") or (toks[k].text[:1].isupper() and k < i0 - 1 and not any(
                    m.start <= toks[k].start < m.end for m in sent_ments)):
                return None  # "die Stationierung amerikanischer Raketen", "Lieferung von Raketen": the weapon of another act
        if lang == "de" and trig.type == "SANCTION" and any(t.text.lower().startswith(("familie", "angehörige")) for t in toks[max(0, i0 - 3):i0]):
            return None  # "hat die Familien seiner Diplomaten aus Israel abgezogen": an evacuation, no sanction
        if lang == "de" and any(toks[k].text.lower() == "ausgesetzt" and _de_exposed(toks, k) for k in idx):
            return None  # "das sich hybriden Angriffen ausgesetzt sieht": exposed to attacks, none suspended
        if lang == "en" and trig.pos == "noun" and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in EN_AREA_HEADS:
            return None  # "a deal to set up four de-escalation zones in Syria": the noun names a kind of area, no act
        if lang == "en" and trig.type == "AGREE" and trig.pos == "noun" and EN_UNDER_DEAL.search(text, max(0, toks[i0].start - 40), toks[i0].start):
            return None  # "exchanged lists ... under a three-decade-old agreement": the legal basis, no new deal
        if lang == "en" and trig.pos == "noun" and _en_amid_background(toks, i0):
            return None  # "put its army on alert amid tensions with ethnic Serbs' barricades in Kosovo": the setting
        if lang == "en" and trig.type == "ASSAULT" and re.match(r"(?i)hit\w*\s+back$", text[toks[i0].start:toks[i1].end]) \
                and EN_HIT_BACK_AT.match(text, toks[i1].end):
            return None  # "ordered Russia's ambassadors to leave, hitting back at Moscow's decision to expel ...": a reply, no attack
        if lang == "en" and trig.type == "CONSULT" and _en_calling_it(toks, i0, i1):
            return None  # "rejected talks, calling them neither smart nor wise": a description, no call
        if (trig.pos == "noun" or lang == "de") and _proposed(toks, i0, i1, lang):
            return None  # "den Austritt ... empfohlen", "proposed a ceasefire": a proposal, not the act
        if lang == "de" and trig.pos == "verb" and i0 == i1 and 0 < i0 < len(toks) - 1 and DE_ATTRIBUTIVE.search(toks[i0].text) \
                and toks[i0 + 1].text[:1].isupper() and (toks[i0 - 1].text.lower() in DE_DETERMINERS or toks[i0 - 1].text.isdigit()):
            return None  # "fünf inhaftierte US-Bürger", "den verurteilten Auftragsmörder": an adjective
        if lang == "de" and trig.pos == "verb" and i0 == i1 and 2 < i0 < len(toks) - 1 and DE_ATTRIBUTIVE.search(toks[i0].text) \
                and toks[i0 + 1].text[:1].isupper() and any(
                    toks[k].text.lower() in ("von", "vom") and toks[k - 1].text.lower() in DE_DETERMINERS for k in range(max(1, i0 - 5), i0)):
            return None  # "die von Ruanda unterstützten M23-Rebellen": a description of the noun
        if lang == "it" and i0 == i1 and i0 >= 2 and toks[i0 - 1].text.lower() == "da" and not toks[i0].text.endswith("re") \
                and toks[i0 - 2].text.isalpha() and toks[i0 - 2].text.islower() and not _is_participle("it", toks[i0 - 2].text):
            return None  # "aerei da combattimento", "navi da guerra": what the things are for (not "colpiti da")
        if lang in PARTICIPLE and trig.pos == "verb" and i0 == i1 and i0 >= 2 and toks[i0 - 1].text == "," \
                and _is_participle(lang, toks[i0].text) \
                and any(m.end == toks[i0 - 2].end and m.kind in ("person", "role") for m in ments):
            return None  # "Nazanin Zaghari-Ratcliffe, detenuta da sei anni": a description of the person
        if trig.type == "SUPPORT" and trig.pos == "verb" and i1 + 1 < len(toks) and toks[i1 + 1].text.lower().rstrip("'’") in THAT \
                and not (lang == "it" and i1 > i0 and toks[i1].text.lower().startswith(IT_DOCUMENTS)):  # "firmato un accordo che prevede"
            return None  # "Mosca sostiene che ...", "soutient que": a claim reported, not support given
        t_start, t_end = toks[i0].start, toks[i1].end
        if i0 == i1 and i0 > 0 and toks[i0].text.lower() in ALLEGED and toks[i0 - 1].text.lower() in NOUN_ARTICLES.get(lang, set()) | {"an", "the"}:
            return None  # "over an alleged plot": a word of doubt on what follows, not an accusation
        if lang == "en" and i0 == i1 and toks[i0].text in MONTHS_EN:
            return None  # "in March", "on May 4": a month, not a march
        preps = OBJ_PREPS.get(lang, set()) | lex.cues.words.get("recipient_preps", frozenset())
        passive = any(toks[k].text.lower() in PASSIVE_AUX.get(lang, set()) and toks[k].text[:1].islower()  # not "Dipartimento di Stato ha"
                      and not (lang in ("it", "fr", "es") and any(t.text.lower().rstrip("'’") in ("si", "se", "s") for t in toks[max(0, k - 2):k]))
                      # "se sont affrontés", "si sono scontrati": pronominal, not passive
                      for k in range(max(0, i0 - 2), i0)) and not (i0 > 0 and toks[i0 - 1].text.lower() in ACTIVE_AUX) or (
            lang == "de" and any(toks[k].text.lower() in DE_PASSIVE_AFTER for k in range(i1 + 1, min(len(toks), i1 + 3)))) or (
            lang == "de" and any(toks[k].text.lower() in DE_PASSIVE_AFTER for k in range(i0 + 1, i1) if k not in idx)) or (
            trig.pos == "verb" and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in AGENT.get(lang, set())
            and lang != "de" and trig.type != "REQUEST"  # "La Russia pretende dalla NATO garanzie": asked of NATO
            and any(m.start >= toks[i1 + 1].end and m.start - toks[i1 + 1].end <= 12 for m in ments)
            # "hanno lanciato migliaia di razzi dalla Striscia di Gaza": after "have" the verb is
            # active and "da" says where from (English "a" is an article: "a tariff imposed by Quito")
            and not (i0 > 0 and toks[i0 - 1].text.lower() in ACTIVE_AUX and not (lang == "en" and toks[i0 - 1].text.lower() == "a"))
            # "La Francia ritirerà le truppe dal Niger", "avrebbe ritirato le truppe dalla Siria": a
            # future, an infinitive or a verb with its own object is active; "dal" says where from
            and not (lang == "it" and (not _is_participle("it", toks[i0].text) or (
                i1 > i0 and toks[i0 + 1].text.lower().rstrip("'’") in IT_OBJECT_ARTICLES)))) or (
            lang == "en" and _en_reduced_passive(toks, i0, i1, trig, ments))
        # ", a annoncé le Premier ministre qatari", ", said Marco Rubio": the reporter is no party
        for k in range(i1 + 1, len(toks) - 1):
            if toks[k].text != ",":
                continue
            rep = lex.cues.has("reported", toks[k + 1:k + 4])
            if (0 <= rep <= 2 and all(t.text[:1].islower() for t in toks[k + 1:k + 1 + rep])) or \
                    _trailing_report(lex, toks, k, sent_ments, lang) or (
                        # ", warnte der estnische Geheimdienst": who warns of the act takes no part in it
                        WARN_VERB.match(toks[k + 1].text) and not any(t.text.lower() in THAT or t.text in (",", ";") for t in toks[k + 2:])):
                # (", Ukraine said it was ready ..." opens a main clause: its subject is named first)
                ments = [m for m in ments if m.start < toks[k].start or m.end <= t_start]
                break
        if lang == "de":
            # "Russland hat Armenien für den Fall, dass Eriwan ... beitritt, mit Folgen gedroht":
            # the parties of a subordinate clause closed before the trigger are not its parties
            for c1 in range(i0 - 2):
                if toks[c1].text == "," and toks[c1 + 1].text.lower() in SUBORDINATORS["de"] | {"dass", "solange", "sofern"}:
                    c2 = next((k for k in range(c1 + 2, i0) if toks[k].text == ","), None)
                    if c2 is not None:
                        ments = [m for m in ments if not toks[c1].start < m.start < toks[c2].start]
                elif toks[c1].text == "," and toks[c1 + 1].text.lower() in DE_RELATIVE_PRONOUNS and c1 > 0 and toks[c1 - 1].text[:1].isupper():
                    # "Armenien, das sich von Aserbaidschan bedroht sieht, hat mit Frankreich ...": a
                    # relative clause (after its antecedent, its verb last) closed before the trigger
                    c2 = next((k for k in range(c1 + 2, i0) if toks[k].text == ","), None)
                    if c2 is not None and toks[c2 - 1].text.isalpha() and toks[c2 - 1].text[:1].islower():
                        ments = [m for m in ments if not toks[c1].start < m.start < toks[c2].start]
        if lang == "it" and (it_rel := _it_subject_relative(toks, i0)) is not None:
            # "La Francia, che nel 2022 aveva lasciato il Mali, ha restituito ...": the parties named
            # in a relative clause between the subject and its verb are not the main verb's parties
            ments = [m for m in ments if not toks[it_rel[0]].start < m.start < toks[it_rel[1]].start]
        before = [m for m in ments if m.end <= t_start]
        if lang == "it" and toks[0].text.lower() in ("secondo", "stando") and (
                src_end := next((k for k in range(1, i0) if toks[k].text == ","), None)) is not None:
            # "Secondo il governo di Kiev, i bombardamenti russi su Odessa ...": the source of the
            # report is no party of the act it reports
            # (with nobody named in the main clause before a verb the source may be the author:
            # "Secondo fonti ucraine, un drone marino ha colpito una petroliera russa")
            main = [m for m in before if m.start >= toks[src_end].end]
            if main or trig.pos == "noun":
                before = main
        first_end = toks[i0].end
        # a mention inside a gappy trigger ("recognised the State of Palestine") follows it
        after = [m for m in ments if m.start >= first_end and (
            not any(toks[k].start < m.end and m.start < toks[k].end for k in idx)
            or (m.code and m.start > toks[i0].end))]  # "expulsé trente-cinq diplomates [russes]", "recognised the State of Palestine": the object is in the trigger
        if lang == "de" and (sub := next((k for k in range(i1 + 1, len(toks) - 1) if toks[k].text == ","
                                          and toks[k + 1].text.lower() in DE_TRAILING_REASONS), -1)) > 0:
            # "..., hat seine Luftabwehr in Alarmbereitschaft versetzt, da ein iranischer Angriff als
            # bevorstehend gilt": the parties of a trailing reason are not the act's
            after = [m for m in after if m.start < toks[sub].start]
        if lang == "en":
            # "agreed at their Wales summit", "met at its Brussels summit": the place that names a
            # meeting is its venue, no party of the act
            after = [m for m in after if not (EN_VENUE_BEFORE.search(text, max(0, m.start - 30), m.start)
                                              and EN_VENUE_AFTER.match(text, m.end))]
        titles = [m for m in sent_ments if m.source in ("title", "modifier")]
        # Clause start: the last clause break before the trigger bounds the subject search.
        clause_start = doc.sentences[si].start
        break_word = ""
        break_pos = -1
        breaks = CLAUSE_BREAK_BY_LANG.get(lang, CLAUSE_BREAK)
        for k in range(i0 - 1, -1, -1):
            # "Erdoğan e Putin", "Stati Uniti e Giappone": a conjunction between two names does not open a clause
            if toks[k].text.lower().rstrip("'’") in breaks and not (
                toks[k].text.lower() in ("e", "and", "et", "y", "und") and _between_names(toks, k, ments + titles + [m for m in sent_ments if m.source == "modifier"])
            ) and not (
                # "claimed a drone and missile attack": two modifiers of the trigger noun
                trig.pos == "noun" and lang != "de" and toks[k].text.lower() in ("and", "or") and 0 < i0 - k <= 2 and k > 1
                and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 2].text.lower() in ARTICLES
                and all(toks[j].text.isalpha() and toks[j].text.islower() for j in range(k + 1, i0))
            ) and not (
                # German nouns are capitalised: "Staats- und Parteichef" coordinates nouns
                lang == "de" and toks[k].text == "und" and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()
            ) and not (
                # "Polens und der baltischen Staaten den Austritt ... empfohlen": "und" + article with
                # no party before the verb joins two noun phrases
                lang == "de" and toks[k].text == "und" and k + 1 < len(toks) and toks[k + 1].text.lower() in DE_DETERMINERS
                and not any(toks[k].end <= m.start and m.end <= t_start for m in ments)
            ) and not (
                # "für den Fall, dass Eriwan ... beitritt, mit Folgen gedroht": a subordinate clause
                # closed before the trigger does not bound its subject
                lang == "de" and k > 0 and toks[k - 1].text == "," and any(toks[j].text == "," for j in range(k + 1, i0))
                and toks[k].text.lower() in SUBORDINATORS["de"] | {"dass", "solange", "sofern"}
            ) and not (
                # "an der Grenze zur Ukraine und auf der besetzten Krim zusammengezogen": two phrases
                lang == "de" and toks[k].text == "und" and k + 1 < len(toks)
                and toks[k + 1].text.lower() in OBJ_PREPS["de"] | DE_SETTING_PREPS | LOCATIVE_PREPS["de"]
                and not any(t.text.lower() in DE_FINITE for t in toks[k + 1:i0])
            ):
                clause_start = toks[k].end
                break_word = toks[k].text.lower()
                break_pos = toks[k].start
                break
            if toks[k].text == "," and k > 0 and lex.cues.has("reported", [toks[k - 1]]) >= 0 and not any(
                    m.start <= toks[k - 1].start < m.end for m in sent_ments):  # (not "The United States, Britain and France")
                clause_start = toks[k].end  # "Selenskyj sagte, russische Truppen hätten ...": the report starts here
                break
            if lang == "de" and toks[k].text == "," and k > 1 and toks[k - 1].text.lower() == "mit" \
                    and toks[k - 2].text.lower() in ("teilte", "teilten", "teilt") and k + 1 < len(toks) \
                    and toks[k + 1].text.lower() not in PRONOUNS | POSSESSIVES | {"sein", "ihr", "ihre", "ihren", "ihrem", "ihrer"}:
                # "Die Luftwaffe teilte mit, Russland habe Kiew angegriffen": the same (not "teilte
                # mit, es habe die Botschafter einbestellt", "seine Soldaten hätten": the source acts)
                clause_start = toks[k].end
                break
        if (ck := _condition_opener(toks, i0, lang)) >= 0 and toks[ck].text.lower() in INVERTED_OPENERS:
            # "..., sollte Peking Russland Waffen liefern", "should Iran attack": the subject of
            # an inverted condition follows its opener
            clause_start = max(clause_start, toks[ck].end)
        if lang == "de" and (cs := _de_condition_subject_start(toks, i0)) >= 0:
            clause_start = max(clause_start, cs)
        if lang == "de" and before:
            # "Das sich von Russland bedroht fühlende Polen hat ...", "Die von Russland bedrohten
            # Baltenstaaten haben ...": the party in an attributive participle is what the subject
            # fears, no party of the act
            feared = [(m.start(1), m.end(1)) for m in DE_ATTRIBUTIVE_FEAR.finditer(text, doc.sentences[si].start, t_start)]
            before = [m for m in before if not any(a <= m.start < b for a, b in feared)]
        if lang == "de" and (fin := _de_reason_pp(toks)) > 0 and fin <= i0:
            # "Aus Sorge vor Provokationen während des russischen Manövers hat Polen die Grenze
            # geschlossen": the parties of the fronted fear take no part in the act after its verb
            clause_start = max(clause_start, toks[fin].start)
            before = [m for m in before if m.start >= toks[fin].start]
        sent_toks = [t for t in toks if t.start >= doc.sentences[si].start]
        part = PARTICIPLE.get(lang)
        fronted = bool(sent_toks) and (sent_toks[0].text.lower() in SUBORDINATORS.get(lang, set()) or sent_toks[0].text.lower() in FRONTED
                                       or (lang == "de" and _de_fronted_subordinate(sent_toks))
                                       or (lang == "de" and _de_v1_condition(sent_toks) > 0)
                                       or _perception_opening(sent_toks, PERCEIVING.get(lang, set()))
                                       or bool(part and part.search(sent_toks[0].text.lower()) and not any(
                                           m.start <= sent_toks[0].start < m.end for m in sent_ments)))
        if fronted:  # "Inquiète de la menace russe, la Pologne ...", "Alarmed by ..., Poland said"
            comma = next((t for t in sent_toks if t.text == ","), None)
            if comma is not None and t_end <= comma.start:
                # "Se l'Iran attaccasse Israele, gli Stati Uniti ...": the clause ends at its comma
                after = [m for m in after if m.start < comma.start]
            if comma is not None and comma.end <= t_start:
                clause_start = max(clause_start, comma.end)
                # "Feeling threatened by Russia, Finland signed an agreement ... giving American
                # forces access": the fronted phrase's parties take no part in the acts after it
                before = [m for m in before if m.start >= comma.end]
        actors: list[Mention] = []
        recips: list[Mention] = []
        if trig.type == "PROTEST" and trig.pos == "noun":
            # "Centinaia di manifestanti hanno ...": the protesters named by the trigger are its actor
            actors = [m for m in ments if m.kind == "role" and m.start <= t_start < m.end and PROTESTER_WORDS.match(m.text)][:1]
        before = [m for m in before if m.kind != "place"]  # a dative capital is never a subject
        if lang == "en":
            # "Russia's lower house of parliament ratified ...": the uncoded head after "<coded role> of"
            # only completes that role's name
            before = [m for m in before if not _en_role_tail(text, m, before)]
        sent_text = text[doc.sentences[si].start:t_start]
        colon = sent_text.find(":")
        if 0 < colon <= 60 and sent_text[:colon].split()[0].isupper():
            # a dateline ("GAZA CITY, Palestinian Territories:") names where the report was filed
            before = [m for m in before if m.start >= doc.sentences[si].start + colon]
        if trig.type in NO_DATIVE and trig.mode != "visit":  # "se rendra à Pékin": the host is the recipient
            after = [m for m in after if m.kind != "place" or (passive and _preceded_by(text, m, AGENT.get(lang, set())))]  # "si sono riuniti a Washington": a place
            # (but "è stata attaccata da Kiev": the capital is the agent of the passive)
        # genitives belong to the subject phrase ("i ministri di Stati Uniti e Giappone")
        def head(m: Mention) -> Mention:
            # "dal presidente Joe Biden", "von der österreichischen Regierung", "laut der israelischen
            # Armee": the preposition stands before the title or adjective of the party
            for _ in range(2):
                t = next((t for t in titles if t.end <= m.start and not text[t.end:m.start].strip(" ")), None)
                if t is None:
                    break
                m = t
            return m

        subj_preps = (preps - GENITIVE.get(lang, set())) | SOURCE_PREPS.get(lang, set())
        subj = [m for m in before if m.start >= clause_start and not _preceded_by(text, head(m), subj_preps)
                and not (lang == "de" and _preceded_by(text, m, AGENT["de"]) and DE_ATTRIBUTE_AFTER.match(text, m.end))]
        if lang == "de":
            # "Dem Pentagon zufolge hat Nordkorea ...", "Einem Bericht der Agentur Reuters zufolge hat
            # Iran ...": the source of the report is no subject
            subj = [m for m in subj if not DE_SOURCE_AFTER.match(text, m.end)
                    # "Nach Einschätzung des BND könnte Russland ...": whose assessment it is
                    and not _de_assessed_by(text, m)]
        first = next((t for t in toks if t.start >= clause_start), None)
        if (lang == "de" and break_word in DE_COORD and first is not None
                and ((first.text[:1].islower() and first.text.lower() not in DE_SUBJECT_STARTERS
                      and not any(m.start <= first.start < m.end for m in sent_ments))
                     # "Merkel hat ... verurteilt und die russische Regierung aufgefordert": no
                     # finite verb of its own, so the participle shares the first clause's subject
                     or (trig.pos == "verb" and not any(clause_start <= t.start < t_start and t.text.lower() in DE_FINITE
                                                        for t in toks)
                         and any(t.text.lower() in DE_FINITE for t in toks if t.end <= break_pos)))):
            # "... nach Kiew gereist und haben dort Selenskyj getroffen": the subject is elided;
            # the mentions of this clause are objects
            elided = [m for m in before if m.start >= clause_start]
            subj = []
            if elided and not recips:
                recips = _with_coordinated(text, elided[0], elided, titles)
        # German puts participles and infinitives at the clause end ("Scholz hat Litauen eine
        # Brigade zugesagt"): the subject is the first mention of the clause, and the mentions
        # between it and the trigger are its objects.
        if lang == "de" and len(subj) >= 2 and first is not None and (
                first.text.lower() in OBJ_PREPS["de"] | DE_SETTING_PREPS
                # "Erstmals seit der Machtübernahme der Taliban hat Deutschland ...": an adverb first
                or (first.text.lower() not in DE_SUBJECT_STARTERS | DE_DETERMINERS and not any(
                    m.start <= first.start < m.end for m in sent_ments) and all(
                    _preceded_by(text, head(m), GENITIVE["de"] | OBJ_PREPS["de"]) for m in subj[:1]))):
            # "Nach dem Treffen zwischen Biden und Xi haben beide Länder vereinbart": after a fronted
            # phrase the subject follows the finite verb
            aux = next((t for t in toks if clause_start <= t.start < t_start and t.text.lower() in DE_FINITE), None)
            if aux is not None and any(m.start > aux.end for m in subj):
                subj = [m for m in subj if m.start > aux.end]
        verb_final = lang == "de" and len(subj) >= 2
        gerund = GERUND.get(lang)
        participial = False
        since_own = lang == "en" and i0 > 0 and toks[i0 - 1].text.lower() == "after" and _time_distance(toks, i0)
        if gerund and i0 > 0 and gerund.search(toks[i0].text.lower()) and (toks[i0 - 1].text == "," or _en_participle_clause(lang, toks, i0)
                                                                           or since_own):
            # ", accusando Panama di ...", ", accusant Moscou", ", accusing Moscow": the main clause's subject
            main = [m for m in before if m.start >= doc.sentences[si].start and not _preceded_by(text, m, subj_preps)]
            # "..., and Islamabad, accusing India of ..., vowed": the gerund between commas belongs
            # to the subject just before it when that subject opens its clause
            own_subj = next((m for m in reversed(main) if not text[m.end:toks[i0 - 1].start].strip()), None)
            if own_subj is not None and (own_subj is main[0] or re.search(r"(?:\b(?:and|e|et|y|und)|[,;])\s*(?:the\s+|l[ae]\s+|il\s+)?$",
                                                            text[max(clause_start - 40, 0):head(own_subj).start])):
                main = [own_subj]
            if main:
                actors = _with_coordinated(text, main[0], before, titles)
                participial = True
        inf = next((k for k in range(max(0, i0 - 3), i0) if toks[k].text.lower() in PERFECT_INFINITIVE), -1)
        if inf >= 0 and not actors:
            # "dopo averla bombardata", "après avoir frappé", "after having struck": the infinitive
            # has no subject of its own; it is the main clause's, before or after it
            inf_end = next((t.start for t in toks[i1 + 1:] if t.text in (",", ";")), doc.sentences[si].end)
            main = [m for m in ments if m.start >= doc.sentences[si].start and not (toks[inf].start - 30 <= m.start < inf_end)
                    and not _preceded_by(text, m, subj_preps) and m.kind != "place"]
            if main:
                actors = _with_coordinated(text, main[0], ments, titles)
                subj = []
        if not subj and not actors and trig.pos == "verb" and not (lang == "de" and first is not None and first.text.lower() in DE_FINITE):
            # "gli ultimi soldati francesi hanno lasciato il Niger": the pattern starts with its subject
            # (in a German clause that opens with its finite verb it starts with its object: "... und
            # hat das russische Konsulat geschlossen")
            actors = [m for m in ments if t_start <= m.start < toks[i0].end and m.kind == "role" and m.code][:1]
        if subj and not actors:
            pick = subj[0] if verb_final else subj[-1]
            close = text.rfind(",", pick.end, t_start)
            opening = text.rfind(",", clause_start, pick.start)
            if not verb_final and close >= 0 and opening >= 0 and not any(m.start > close for m in subj):
                # "Dmitrij Medvedev, oggi vicepresidente del Consiglio di sicurezza, ha minacciato":
                # the apposition between commas describes the subject before it
                prior = [m for m in subj if m.end <= opening and not text[m.end:opening].strip(" ")]
                if prior:
                    pick = prior[-1]
            actors = _with_coordinated(text, pick, [m for m in before if m.start >= clause_start], titles)
        it_led = lang == "it" and bool(actors) and (led := _it_led_by(toks, i0, actors, before)) is not None
        if it_led and led is not None:
            # "Una delegazione di leader africani guidata da Cyril Ramaphosa è arrivata a Kiev": a
            # body with no code of its own acts as the party that leads it
            actors = [led]
        relative = break_word in UNAMBIGUOUS_RELATIVES and not subj
        if relative:
            # "the militant group which has seized ...": the antecedent is the subject, never the
            # main clause's subject; an antecedent that is no actor leaves the event without one
            ante = next((m for m in reversed(before) if 0 <= break_pos - m.end <= 2), None)
            if ante is not None:
                actors = _with_coordinated(text, ante, before, titles)
        if verb_final:
            objs = _german_objects(text, before, actors, clause_start)
            if objs:
                recips = _with_coordinated(text, objs[0], objs, titles)
        agent: list[Mention] = []

        for m in after[:3]:
            if _preceded_by(text, head(m), AGENT.get(lang, set())) and (passive or trig.pos == "noun"):
                agent = _with_coordinated(text, m, after, titles)
                break
        if not agent and passive and trig.pos == "verb":
            # "sono stati uccisi da un drone iraniano", "were killed in an Israeli raid": the
            # nationality of the weapon or the raid is the agent of the passive
            for m in after[:3]:
                gap = text[t_end:m.start]
                if any(c in gap for c in ",;:") or m.start - t_end > 45:
                    break
                if m.source == "demonym" and PASSIVE_AGENT_PHRASE.search(gap):
                    agent = [m]
                    break
                if lang == "it" and m.code and (m.source == "demonym" or m.kind in ("state", "organisation")) and IT_OWNED_WEAPON.match(gap):
                    # "uccisi da un razzo di Hezbollah", "da un attacco di droni russi": the owner of
                    # the weapon or the attack is the agent of the passive
                    agent = [m]
                    break
        if not agent and passive and lang == "de":
            # "sind von der österreichischen Regierung zu unerwünschten Personen erklärt worden":
            # the German agent stands before the participle
            agent = [m for m in before if m.start >= clause_start and _preceded_by(text, head(m), AGENT["de"])][:1]
            if agent:
                agent = _with_coordinated(text, agent[0], before, titles)
                actors = [m for m in actors if m not in agent] or [m for m in subj if m not in agent][:1]
        undergone = False
        if passive and not agent and trig.pos == "verb" and trig.type in PATIENT_TYPES and actors and _is_participle(lang, toks[i0].text):
            # "Russia was suspended from the Council", "l'ambasciata è stata attaccata": without an
            # agent the subject underwent the act, and whoever did it is not named here
            recips, actors, undergone = actors, [], True
            if lang == "en" and i0 >= 2 and toks[i0 - 1].text.lower() == "be" and toks[i0 - 2].text.lower() in ("would", "will", "could"):
                # "Trump said that Iran would be bombed if ...": who announces the act would do it
                rep = lex.cues.has("reported", toks[:i0])
                if rep >= 0:
                    actors = [m for m in sent_ments if m.end <= toks[rep].start and m.code and m not in recips
                              and m.kind in ("state", "organisation", "person", "role")][:1]
        if agent and passive:
            recips, actors = actors, agent
            if not recips:
                # "Zwei deutsche Diplomaten wurden ... ausgewiesen": the patient is in the trigger
                recips = [m for m in ments if t_start <= m.start < t_end and m.code and m.kind == "role" and m not in agent][:1]
        elif not actors and (trig.pos == "noun" or trig.type == "RETREAT") and trig.type in ("CONSULT", "COOPERATE", "AGREE", "RETREAT") and after \
                and _preceded_by(text, head(after[0]), BETWEEN.get(lang, set())) and after[0].start - t_end < 40:
            # "il vertice tra Trump e Putin", "Treffen zwischen Biden und Xi": both sides act together
            actors = _with_coordinated(text, after[0], after, titles)
            recips = []
            after = [m for m in after if m not in actors]
        elif not actors and lang == "it" and trig.mode == "visit" and i0 <= 1 and (it_visitor := _it_visit_owner(toks, i1, after)) is not None:
            # "Visita di Stato di Xi Jinping in Francia", "Prima visita di un presidente iraniano in
            # Arabia Saudita": a headline naming the visit; its owner visits the place named after
            actors = [it_visitor]
            recips = [m for m in after if m.start > it_visitor.end and m.code and m.code != it_visitor.code and m.kind == "state"
                      and _preceded_by(text, m, {"in", "a"})][:1]
            after = [m for m in after if m is not it_visitor and m not in recips]
        elif not actors and i0 > 0 and ((trig.pos == "noun" and toks[i0 - 1].text.lower() in POSSESSIVES) or (
                # "In visita a Islamabad, Xi Jinping ha promesso ...": the same fronted visit
                lang == "it" and i0 == 1 and toks[0].text.lower() == "in" and trig.mode == "visit")):
            # "Durante su visita a Londres, Zelenski pidió ...": the owner of the visit is the
            # subject of the clause after the fronted phrase
            comma = next((t for t in toks[i1 + 1:] if t.text == ","), None)
            if comma is not None:
                main = [m for m in after if m.start >= comma.end and not _preceded_by(text, m, subj_preps)]
                if main:
                    actors = _with_coordinated(text, main[0], after, titles)
                    after = [m for m in after if m.start < comma.start]
        if trig.pos == "noun" and lang == "en":
            # "Israel's strike on Doha", "Russia's full-scale invasion": the possessor acts
            poss = next((m for m in reversed(ments) if m.end <= t_start and m.code and m.kind in ("state", "organisation", "person")
                         and EN_POSSESSOR.match(text, m.end, t_start)), None)
            if poss is not None:
                actors = [poss]
                recips = [r for r in recips if r is not poss]
        if trig.pos == "noun" and trig.type in ("ASSAULT", "COERCE"):
            # "an attack widely attributed to Israel", "un attacco attribuito a Israele": who is blamed acts
            blamed = next((m for m in after if m.code and 0 < m.start - t_end <= 45
                           and ATTRIBUTED_TO.search(text[t_end:m.start])), None)
            if blamed is not None:
                actors = [blamed]
                recips = [r for r in recips if r is not blamed]
        if lang == "en" and trig.pos == "noun" and trig.type in ("ASSAULT", "COERCE") and (by := _en_by_agent(text, toks, i0, sent_ments)) is not None:
            # "the killing of Africans by German colonial troops", "foiled an incursion by mercenaries":
            # the agent after "by" acts, not the sentence's subject; an agent with no code leaves no actor
            if by.code is None:
                return None
            actors = [by]
            recips = [r for r in recips if r is not by]
        if not actors and trig.pos == "noun":
            # nominal trigger: "la visita di Stoltenberg a Seul"
            gen = GENITIVE.get(lang, set())
            for m in after[:3]:
                if any(c in text[t_end:m.start] for c in ",;:") or m.start - t_end > 60:
                    break  # "..., donde esperaban miles de civiles": too far to be the noun's genitive
                if (m.kind == "place" or m.source == "capital") and trig.type in VENUE_TYPES | {"AGREE"} and trig.mode != "visit":
                    continue  # "al vertice di Vienna", "i colloqui di Gedda": the town is where they met
                if agent and m is not agent[0] and _preceded_by(text, m, gen):
                    # "une invasion de Taïwan par la Chine": the agent acts, the genitive undergoes
                    actors = agent
                    recips = _with_coordinated(text, m, after, titles)
                    break
                if _preceded_by(text, m, gen) or (agent and m is agent[0]):
                    actors = _with_coordinated(text, m, after, titles)
                    break
        first_comma = next((t for t in sent_toks if t.text == ","), None)
        if (trig.pos == "noun" and trig.type in ("CONSULT", "COOPERATE", "AGREE") and sent_toks and first_comma is not None
                and t_end <= first_comma.start and sent_toks[0].text.lower() in SETTING_OPENERS
                and all(_preceded_by(text, head(a), GENITIVE.get(lang, set())) and a.source in ("capital", "seat") for a in actors)):
            # "After talks with US officials in Jeddah, Ukraine said ...", "Al vertice di Bruxelles,
            # l'Ungheria ...": the setting's party is the main clause's subject; only a partner named
            # in the phrase ("with", "con") is its recipient
            main = [m for m in ments if m.start >= first_comma.end and m.kind != "place" and not _preceded_by(text, head(m), subj_preps)]
            if main and head(main[0]).start - first_comma.end <= 25:  # the subject right after the phrase
                actors = _with_coordinated(text, main[0], [m for m in ments if m.start >= first_comma.end], titles)
                partners = [m for m in after if m.start < first_comma.start and _preceded_by(text, head(m), WITH)]
                recips = _with_coordinated(text, partners[0], after, titles) if partners else []
                after = [m for m in after if m.start < first_comma.start and (m in recips or trig.mode == "visit")]
        pre = [m for m in ments if m.end <= t_start and m.source == "demonym" and len(text[m.end:t_start].split()) <= 1
               and not any(c in text[m.end:t_start] for c in ",;:")]
        if trig.pos == "noun" and lang in ("en", "de") and pre and (not actors or _preceded_by(text, pre[-1], preps)):
            # "killed in Israeli tank shelling", "russische Luftangriffe": the adjective names the attacker
            actors = [pre[-1]]
        if trig.pos == "noun" and lang in ("it", "fr", "es") and after and after[0].source == "demonym" \
                and after[0].start - toks[i1].end <= 2 and (not actors or passive):
            # "des missiles russes ont frappé", "i droni russi": the weapon's nationality is the actor
            actors = [after[0]]
            after = after[1:]
        if not actors and not (agent and passive) and not relative and not undergone:
            clause_end = next((toks[k].start for k in range(i1 + 1, len(toks)) if (toks[k].text.lower() in breaks or toks[k].text == ",")
                               and not (toks[k].text == "und" and toks[k - 1].text.endswith("-"))),  # "Außen- und Verteidigungsminister"
                              doc.sentences[si].end)
            inverted = [m for m in after if m.start < clause_end and not _preceded_by(text, m, preps)]
            pronoun = any(toks[k].text.lower() in PRONOUNS for k in range(max(0, i0 - 3), i0) if toks[k].start >= clause_start) or (
                lang == "de" and any(t.text.lower() in ("er", "sie", "es") for t in toks[i0 + 1:i0 + 3]))  # "Dort sicherte er ..."
            speaker = pronoun and break_word in THAT and lex.cues.has("reported", [t for t in toks if t.end <= break_pos][-8:]) >= 0
            if lang == "en" and pronoun and break_word in THAT and not speaker:
                # "South Africa notified the United Nations that it was withdrawing from the ICC": a
                # notice is a report too, and "it" is the notifier, not the party notified
                speaker = any(t.text.lower() in EN_NOTIFYING for t in [t for t in toks if t.end <= break_pos][-8:])
            if lang == "de" and inverted and not pronoun:
                # "In Seoul forderte Stoltenberg Südkorea auf": the subject follows the verb
                actors = _with_coordinated(text, inverted[0], after, titles)
            elif lang == "de" and passive and not inverted and (
                    reason := _de_fronted_cause_subject(toks, doc.sentences[si].start, t_start, sent_ments)) is not None:
                # "Da Kiew mit einer russischen Offensive rechnete, wurden Truppen nach Charkiw
                # verlegt": an agentless passive after a fronted reason is the reasoning party's act
                actors = [reason]
            elif self._last_actors and self._last_sent == si and not (lang == "de" and inverted) and not speaker:
                # "Meloni visitó Kiev y se reunió con Zelenski": the subject carries over
                actors = list(self._last_actors)
            elif (outer := [m for m in before if m.start >= doc.sentences[si].start and m.end <= clause_start
                            and not _preceded_by(text, head(m), subj_preps) and not _in_genitive(text, head(m), lang)]) and (
                    not pronoun or speaker):
                # "Taiwan announced on Tuesday that it would ...": the pronoun after a report is its speaker
                # "... ha fatto tappa in X, dove ha incontrato ...": the subject of the main clause
                first_subject = lang == "de" or break_word in COORD_WORDS  # "L'Inde s'est abstenue ... et n'a pas condamné"
                pick = outer[0] if first_subject else outer[-1]
                if speaker:
                    # the subject of the report verb: "Hamas told Qatari mediators that it ..."
                    said = [t for t in toks if t.end <= break_pos][-8:]
                    cue = said[max(0, lex.cues.has("reported", said))]
                    if lang == "en" and lex.cues.has("reported", said) < 0:
                        cue = next((t for t in said if t.text.lower() in EN_NOTIFYING), cue)
                    pick = next((m for m in reversed(outer) if m.end <= cue.start), pick)
                actors = _with_coordinated(text, pick, before, titles)
            elif self._last_actors and self._last_sent >= si - 1 and (
                    pronoun or lang in ("it", "es") or (lang in ("fr", "en") and self._last_sent == si)):
                # only from this or the previous sentence; without a pronoun only where the
                # language drops its subjects (it, es) or within one sentence ("... et a visité")
                # "He visited ...", "e poi ha visitato ...", "Visitó Corea del Sur": the subject
                # is the actor of the previous event
                actors = list(self._last_actors)
            elif inverted:
                actors = _with_coordinated(text, inverted[0], after, titles)
        if not recips and actors:
            # "hatte 23 russische Diplomaten ausgewiesen": the pattern holds its object
            recips = [m for m in ments if t_start <= m.start < t_end and m.code and m not in actors and m.start > toks[i0].start
                      and (m.kind == "role" or (m.kind == "organisation" and m.end >= t_end))][:1]  # (and "è entrata nella NATO")
        if not recips and lang == "de" and actors and (ENVOY.match(toks[i0].text.lower()) or DE_ENVOYS.match(toks[i0].text.lower())):
            # "hat den russischen Botschafter einbestellt": the envoy that opens the pattern is its
            # object, and the state it serves (the role's code, from the demonym) the recipient
            own = {a.code for a in actors}
            recips = [m for m in ments if m.start == toks[i0].start and m.kind == "role" and m.code and m.code not in own][:1]
        if not recips and lang == "de" and actors:
            # "hat keine Taurus an die Ukraine geliefert": the recipient sits before the verb
            objs = _german_objects(text, before, actors, clause_start)
            if objs:
                recips = _with_coordinated(text, objs[0], objs, titles)
        if not recips and trig.pos == "noun" and actors and lang != "de" and trig.type in COOPERATIVE | {"AGREE", "REQUEST"}:
            # "Washington ha inviato a Kiev un nuovo pacchetto di armi": the dative between the
            # verb and its object noun names the recipient
            a_end = max(a.end for a in actors)
            recips = [m for m in ments if m.end <= t_start and m.start >= max(a_end, clause_start) and m not in actors and m.code
                      and _preceded_by(text, m, DATIVE.get(lang, set())) and t_start - m.end <= 40][:1]
        if not recips and trig.pos == "noun" and trig.type in ("ASSAULT", "COERCE"):
            # "the invasion of South Lebanon", "il bombardamento di Kharkiv": the place the attack is
            # of is its target (places are otherwise only where things happen)
            recips = [m for m in sent_ments if m.kind == "place" and m.code and len(m.code) == 3 and 0 < m.start - t_end <= 7
                      and _preceded_by(text, m, GENITIVE.get(lang, set()) - {"by", "da parte di"})][:1]
        if not recips:
            actor_codes0 = {a.code for a in actors if a.code}
            loc_preps = LOCATIVE_PREPS.get(lang, set())
            if trig.type in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST"):
                loc_preps = loc_preps - TARGET_PREPS  # "attacks on Israeli ships": a target, not a place
            temporal = TEMPORAL_PREPS - {"nach", "vor"}
            later = next((t.start for t in toks[i1 + 1:] if t.text.lower() in temporal), None)
            # ", where the UN warns that ...", ", dove sono schierati ...": a relative clause after
            # a comma is about something else
            rel = next((toks[k].start for k in range(i1 + 2, len(toks)) if toks[k - 1].text == ","
                        and toks[k].text.lower() in RELATIVE_OPENERS), None)
            if rel is None and lang == "en":
                # "against a bill that would allow extraditions to mainland China": a relative
                # clause on the object says what it is about, not whom the act is aimed at
                rel = next((toks[k].start for k in range(i1 + 2, len(toks) - 1) if toks[k].text.lower() in ("that", "which")
                            and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k + 1].text.lower() in EN_AUX_AFTER_REL), None)
            if rel is not None and (later is None or rel < later):
                later = rel
            if lang == "en" and (second := _en_second_predicate(toks, i1)) is not None and (later is None or second < later):
                later = second  # "freed 135 prisoners and flew them to Guatemala": the second verb's destination
            if lang == "en" and (aim := next((toks[k].start for k in range(i1 + 1, len(toks) - 1) if toks[k].text.lower() in AIMING
                                             and toks[k + 1].text.lower() == "to"), None)) is not None and (later is None or aim < later):
                later = aim  # "arrived in Tehran hoping to ease tensions between Iran and the United States": a purpose
            topical = trig.type in TOPICAL_TYPES and trig.mode != "visit"
            placed = trig.type in PLACED_TYPES and trig.mode != "visit"
            gov_target = trig.type == "PROTEST"  # "gegen die Regierung": the protesters' own government
            # "along their borders with Russia and Belarus": the whole list is a geographic feature
            hostile = trig.type in ("ASSAULT", "COERCE", "THREATEN", "SANCTION")
            geo = {id(c) for g in after if _geo_context(text, g, hostile) for c in _with_coordinated(text, g, after)}
            semi = text.find(";", t_end, doc.sentences[si].end)
            rest = [m for m in after if m not in actors and m.start - t_end < 160 and (semi < 0 or m.start < semi)
                    and (later is None or m.start < later)  # "freed ... after a rare visit by US envoy Kellogg"
                    and not (m.kind == "role" and not m.code and not (gov_target and m.sector == "GOV"))
                    and not (m.source == "acronym" and not m.code)  # "5 % du PIB": an unknown acronym is no party
                    and not (trig.pos == "noun" and trig.type in VENUE_TYPES | {"AGREE"} and trig.mode != "visit"
                             and (m.kind == "place" or m.source == "capital") and m.start - t_end <= 12
                             and _preceded_by(text, m, GENITIVE.get(lang, set())))  # "al vertice di Vienna"
                    and not any(m.start < a.end and a.start < m.end for a in actors)
                    and not (lang == "en" and trig.type not in ("MOBILIZE", "ASSAULT") and _en_border_place(text, m))
                    and not (lang == "en" and trig.type == "PROTEST" and EN_SOLIDARITY.search(text, max(0, m.start - 30), m.start))
                    and not (lang == "en" and EN_BACKGROUND.search(text, t_end, m.start))  # ", as tensions with China simmered"
                    # ("a Togo-flagged cargo ship with a Chinese crew": the crew's state, not the flag of convenience)
                    and not (lang == "en" and text.startswith("-flagged", m.end) and EN_WITH_CREW.search(text, m.end, m.end + 80))
                    and not (lang == "en" and trig.type in ("AGREE", "SUPPORT", "COOPERATE") and EN_PLACE_OWNER.match(text, m.end)
                             and _preceded_by(text, m, {"in"}))
                    and not (topical and _preceded_by(text, m, TOPIC_PREPS.get(lang, set())))
                    and not BACKGROUND_PP.search(text, t_end, m.start)  # "amid tensions with Ethiopia", "as he tried to cross into Armenia"
                    and not (placed and (_preceded_by(text, m, loc_preps) or (id(m) in geo and not (
                        trig.type == "MOBILIZE" and _after_border(text, m)))))  # "troops on the border with Ukraine"
                    and not ((m.source == "capital" or m.kind == "place") and trig.mode != "visit"
                             and (trig.type in VENUE_TYPES or trig.cameo == "057")
                             and (_preceded_by(text, m, loc_preps) or (  # "riuniti a Lussemburgo", "signé à Doha"
                                 trig.type != "COOPERATE" and _preceded_by(text, m, DATIVE.get(lang, set())))))
                    and not (len(actors) >= 2 and trig.type in NEAR_PLACED_TYPES | VENUE_TYPES and (m.kind == "place" or m.source in ("capital", "seat"))
                             and _preceded_by(text, m, loc_preps | DATIVE.get(lang, set()))  # "hanno concordato a Kuala Lumpur"
                             and not GIVING.search(text[max(0, m.start - 24):m.start]))  # (but "impegnate a fornire a Kiev")
                    and not (trig.type in NEAR_PLACED_TYPES and (id(m) in geo or (
                        _preceded_by(text, m, loc_preps) and m.start - t_end > 40)))]

            def rank(m: Mention) -> int:
                # prefer a coded party over an unknown name, and an object over a place
                # ("au large de Gibraltar", "in Litauen") or the actor's own country
                score = 0 if m.code else 2
                if m.code in actor_codes0:
                    score += 3
                if trig.mode != "visit" and _preceded_by(text, m, loc_preps) and not (
                        toks[i1].text.lower() in loc_preps and 0 <= m.start - t_end <= 1):
                    score += 1  # (but "fire missiles at Israel": the trigger's own preposition names its target)
                if id(m) in geo:
                    score += 3
                if trig.type == "PROTEST" and _preceded_by(text, m, AGAINST):
                    score -= 2  # "protests against the government's decision to shelve EU talks"
                if lang == "en" and MEMBERSHIP_AFTER.match(text, m.end):
                    score += 2  # "blocked European Union membership talks with North Macedonia": the kind of talks
                if not passive and trig.type != "REQUEST" and _preceded_by(text, m, FROM.get(lang, set())):
                    score += 2  # "lanciato razzi dalla Striscia di Gaza verso Israele": where from, not the target
                elif lang == "en" and not passive and trig.type != "REQUEST" and _en_inside_from(text, m):
                    score += 2  # "transferred 1.5 billion euros from the profits of frozen Russian assets to Ukraine"
                if trig.type == "CONSULT" and trig.mode != "visit" and m.kind in ("state", "place") and lang in ("it", "fr", "es") \
                        and _preceded_by(text, m, DATIVE.get(lang, set())):
                    score += 1  # "ha incontrato a Monaco il segretario di Stato": "a" also says where
                if trig.type == "ACCUSE" and lang != "es" and _preceded_by(text, m, DATIVE.get(lang, set())):
                    score += 2  # "complained to the UN over Israeli raids": the addressee is not the accused
                return score

            if rest:
                best = min(rest, key=lambda m: (rank(m), not m.code, m.start))  # a coded party wins a tie
                if lang == "en" and (owned := _en_owned_organisation(text, best, rest)) is not None:
                    best = owned  # "blacklisted Lebanon's Hezbollah": the organisation, not its home state
                recips = _with_coordinated(text, best, rest, titles)
        if not recips and actors and lang == "en" and trig.type not in ("PROTEST",) and any(
                t.text.lower() == "there" for t in toks[i1 + 1:_clause_end(toks, i1)][:10]):
            # "met Netanyahu in Jerusalem and promised to move his country's embassy there": the
            # adverb stands for the place named before
            own = {a.code for a in actors}
            recips = [m for m in sent_ments if m.end <= t_start and m.code and len(m.code) == 3 and m.code not in own
                      and (m.kind == "place" or m.source == "capital")][-1:]
        if not recips and participial and trig.type in ("REQUEST", "ACCUSE", "THREATEN"):
            # "Poland sent Germany a note demanding reparations": the main verb's object is addressed
            a_end = max(a.end for a in actors)
            recips = [m for m in ments if a_end <= m.start and m.end <= t_start and m.code and m not in actors
                      and m.kind in ("state", "organisation", "person", "role") and not _preceded_by(text, head(m), subj_preps)][:1]
        if actors and _object_pronoun(lang, toks, i0, i1):
            # "..., accusing it of hostile acts", "accusandolo di": the pronoun stands for the
            # party last named before it
            codes = {a.code for a in actors}
            prior = [m for m in ments if m.end <= t_start and m.code and m.code not in codes and m.kind in ("state", "organisation", "person", "role")]
            recips = prior[-1:]
        if len(actors) == 1 and actors[0].kind == "role" and not actors[0].code:
            # "die Außen- und Verteidigungsminister der USA und Japans": the states the role belongs to act
            owner = next((m for m in ments if m.start >= actors[0].end and m.start - actors[0].end <= 12 and m.code
                          and (_preceded_by(text, m, GENITIVE.get(lang, set()) | ORIGIN.get(lang, set()))
                               or (lang == "de" and not text[actors[0].end:m.start].strip() and m.text.endswith("s")))), None)
            if owner is not None:
                actors = _with_coordinated(text, owner, ments, titles)
                recips = [m for m in recips if m not in actors]
        if actors:
            # "hanno bombardato, insieme a Francia e Regno Unito, ...": partners act with the actor
            partners = [m for m in ments if m not in actors and _after_phrase(text, m, TOGETHER)]
            if partners:
                group = _with_coordinated(text, partners[0], ments, titles)
                actors = actors + [m for m in group if m not in actors]
                recips = [m for m in recips if m not in group]
        if not recips and actors and trig.type in ("SANCTION", "ACCUSE", "CONSULT", "SUPPORT", "CONCEDE"):
            # "a rappelé son ambassadeur à Paris", "llamó a consultas a su embajadora en Madrid":
            # the state where the envoy serves
            envoy = next((t for t in toks[i0:min(len(toks), i1 + 8)] if ENVOY.match(t.text.lower())), None)
            if envoy is not None:
                post = next((m for m in sent_ments if m.code and len(m.code) == 3 and m.kind in ("place", "state")
                             and 0 < m.start - envoy.end <= 12 and m.code not in {a.code for a in actors}), None)
                if post is not None:
                    recips = [post]
        if lang == "de" and actors and clause_start > doc.sentences[si].start:
            # "Die Hisbollah erklärte, sie habe israelische Stützpunkte beschossen": a pronoun that
            # opens the reported clause is the speaker; a demonym in the object is then the target
            opener = next((k for k, t in enumerate(toks) if t.start >= clause_start), -1)
            if 0 < opener < i0 and toks[opener].text.lower() in ("sie", "er", "es") and toks[opener - 1].text == "," \
                    and lex.cues.has("reported", toks[max(0, opener - 3):opener - 1]) >= 0:
                said_by = [m for m in sent_ments if m.end <= toks[opener - 1].start and m.code and m.source not in ("modifier", "title")
                           and m.kind in ("state", "organisation", "person", "role")][:1]
                if said_by and all(a.code != said_by[0].code for a in actors):
                    moved = [m for m in sent_ments if clause_start <= m.start < t_end and m.code and m.code != said_by[0].code
                             and m.kind in ("state", "organisation")][:1]
                    actors = said_by
                    recips = [r for r in recips if r.code != said_by[0].code] or moved
        if lang == "it" and recips and actors and trig.type in ("THREATEN", "ASSAULT", "MOBILIZE", "COERCE") \
                and (defended := _it_defended_party(toks, i1, recips[0])) >= 0:
            # "ha minacciato un intervento militare turco in Israele per difendere i palestinesi": the
            # party to defend is the beneficiary, never the target; the place of the act before it is
            own = {a.code for a in actors}
            recips = [m for m in ments if toks[i1].end <= m.start < toks[defended].start and m.code and m.code not in own
                      and (m.kind in ("state", "organisation") or (m.kind == "place" and m.source == "kb"))][:1]
        if not recips and lang == "it" and actors and trig.type in ("SANCTION", "MOBILIZE", "COERCE", "REDUCE", "REJECT") \
                and (cause := _it_perceived_cause(toks, i0, sent_ments)) is not None and cause.code not in {a.code for a in actors}:
            # "Sentendosi minacciata dalla Russia, la Finlandia ha chiuso quattro valichi": the party
            # felt as a threat in a fronted perception is the one the reaction is aimed at
            recips = [cause]
        if not recips and lang == "de" and actors and trig.type == "REQUEST":
            # "hat von der Militärjunta in Myanmar ein Ende der Gewalt gefordert": "von X" before the
            # demand names its addressee (a body without a code stands for the state it is in)
            own = {a.code for a in actors}
            von = next((k for k in range(max(0, i0 - 10), i0) if toks[k].text.lower() in ("von", "vom")
                        and toks[k].start >= max(a.end for a in actors)), -1)
            if von >= 0:
                recips = [m for m in sent_ments if toks[von].end <= m.start < min(t_start, toks[min(von + 6, i0)].start + 1)
                          and m.code and m.code not in own and m.source not in ("modifier", "title")
                          and (m.kind in ("state", "organisation", "person", "role") or (m.kind == "place" and len(m.code) == 3))][:1]
        if not recips and lang == "de" and actors and trig.type == "CONCEDE" and toks[i1].text.lower().startswith("entschuldig"):
            # "hat sich bei Russland entschuldigt": the one apologised to
            own = {a.code for a in actors}
            recips = [m for m in before if m.code and m.code not in own and m.start >= clause_start
                      and _preceded_by(text, head(m), {"bei", "beim"})][:1]
        if lang == "de" and actors and (cs := _de_condition_subject_start(toks, i0)) >= 0 and not any(a.start >= cs for a in actors):
            # "wenn sich die russischen Truppen aus der Ukraine zurückgezogen haben": the condition's
            # subject opens the trigger itself
            cond_subj = [m for m in sent_ments if m.start == toks[i0].start and m.kind == "role" and m.code]
            if cond_subj:
                actors = cond_subj
                recips = [r for r in recips if r.code != cond_subj[0].code]
        if not recips and lang == "de" and actors and (cs := _de_condition_subject_start(toks, i0)) >= 0:
            # "Israel würde nur zustimmen, wenn sich die Hisbollah zurückzieht": the condition's act
            # is aimed at the party that sets it, the main clause's subject
            own = {a.code for a in actors}
            recips = [m for m in sent_ments if m.end <= cs and m.code and m.code not in own
                      and m.kind in ("state", "organisation", "person") and m.source not in ("modifier", "title")][:1]
        if (not recips or (lang == "it" and not any(r.code for r in recips))
                # ("e gli ha chiesto un cessate il fuoco immediato a Gaza": a place is no addressee)
                or (lang == "it" and all(_preceded_by(text, r, {"a", "in", "nel", "nella"}) for r in recips))) \
                and actors and trig.pos == "verb" and any(
                # ("gli ha chiesto di tutelare i diritti delle persone Lgbt": an uncoded name after
                # the verb is the content, the clitic is the addressee)
                t.text.lower() in DATIVE_CLITICS.get(lang, set()) for t in toks[max(0, i0 - 2):i0]):
            # "l'Espagne lui ayant accordé l'asile", "gli ha concesso": the person or state just named
            own = {a.code for a in actors}
            recips = [m for m in doc.mentions if m.end <= t_start and m.code and m.code not in own
                      and m.kind in ("person", "state", "organisation") and m.source != "modifier"][-1:]
        meeting = _nominal_meeting(toks, i0, i1, trig) if lang == "en" else ""
        if meeting:
            # the visitor is the by-phrase, or the person "his/her" stands for (the subject if a
            # person, else the last person named); the host is the destination, the partner named
            # with "with", the main clause's object, or else the subject
            np_end = toks[_clause_end(toks, i1) - 1].end if _clause_end(toks, i1) > i1 else t_end
            parties = [m for m in sent_ments if m.end <= t_start and m.kind in ("state", "organisation", "person", "role") and m.code
                       and m.source not in ("modifier", "title") and not _preceded_by(text, head(m), subj_preps | {"for", "to"})]
            subject = _with_coordinated(text, parties[0], parties, titles) if parties else []
            visitor = [m for m in after if m.end <= np_end and _preceded_by(text, head(m), {"by"})][:1]
            if meeting == "to" and toks[i0 - 1].text.lower() in ("his", "her"):
                persons = [m for m in sent_ments if m.end <= t_start and m.kind == "person" and m.code]
                visitor = subject[:1] if subject and subject[0].kind == "person" else persons[-1:]
            actors = visitor or subject or actors
            own = {a.code for a in actors}
            goal = [m for m in after if m.end <= np_end and m.code and m.code not in own and m.start - t_end <= 30 and m.kind != "gap"
                    and _preceded_by(text, head(m), {"to", "with"})][:1]
            inner = [m for m in sent_ments if toks[i0 - 3].start <= m.start and m.end <= t_start and m.code and m.code not in own]
            phrase = next(t.start for t in reversed(toks[:i0]) if t.text.lower() in MEETING_PREPS)
            partner = [m for m in parties if m not in subject and m.code not in own and m.end <= phrase][:1]
            if meeting == "by":
                recips = goal or [m for m in subject if m.code not in own][:1]
            elif meeting == "joint" or len({a.code for a in actors}) >= 2:
                recips = []
            elif meeting == "host":
                recips = inner[-1:] or goal
            else:
                recips = goal or partner
            if meeting in ("their", "call") and not recips:
                return None  # "NATO allies pledged at their Washington summit": a body's own meeting
        if trig.type == "ACCUSE" and actors and i1 > i0:
            # "took Germany to the International Court of Justice": the party inside the trigger is
            # the accused; the court is where the case is brought
            held = [m for m in sent_ments if toks[i0].end <= m.start and m.end <= toks[i1].start and m.code
                    and m.kind in ("state", "organisation", "person") and m.code not in {a.code for a in actors}
                    and _preceded_by(text, m, {toks[i0].text.lower()})]
            if held and recips and all(r.start > held[0].end for r in recips):
                recips = held[:1]
        earlier_relative = lang == "en" and _own_earlier_relative(toks, i0)
        if earlier_relative:
            # the pronoun is the main clause's subject; the owner of the noun the clause is about
            # ("three Ukrainian navy vessels") is whom the act was aimed at
            main_subj = [m for m in sent_ments if m.end <= t_start and m.code and m.kind in ("state", "organisation", "person", "role")
                         and m.source not in ("modifier", "title") and not _preceded_by(text, m, subj_preps)][:1]
            if main_subj:
                actors = main_subj
                rel = toks[i0 - 3].start
                owners = [m for m in sent_ments if m.end <= rel and m.code and m.code != main_subj[0].code
                          and m.kind in ("state", "organisation", "person", "role") and rel - m.end <= 40]
                recips = owners[-1:] or recips
        if lang == "en" and trig.type == "SANCTION" and i0 >= 2 and toks[i0 - 1].text.lower() == "to":
            # "China ordered the United States to close its consulate in Chengdu": the one who
            # orders the closure or the departure sanctions the one ordered
            k = next((j for j in range(i0 - 2, max(-1, i0 - 10), -1) if toks[j].text.lower() in ORDER_VERBS), -1)
            if k > 0:
                orderer = [m for m in sent_ments if m.end <= toks[k].start and m.code and m.kind in ("state", "organisation", "person", "role")
                           and m.source not in ("modifier", "title") and not _preceded_by(text, m, subj_preps)][-1:]
                ordered = [m for m in sent_ments if toks[k].end <= m.start and m.end <= t_start and m.code
                           and m.kind in ("state", "organisation", "person", "role") and m.code not in {o.code for o in orderer}][:1]
                if orderer and ordered:
                    actors, recips = orderer, ordered
        org_codes = {m.code for m in sent_ments if m.kind == "organisation" and m.code}
        if not recips and actors and (trig.mode == "visit" or (trig.type == "CONSULT" and len(codes := {a.code for a in _refs(actors) if a.code}) == 1
                                                               and not codes <= org_codes)):
            # "ist nach Kiew gereist", "arrived in Kyiv": the visited capital stands for its
            # government; where an organisation meets ("Arab League ministers ... at an emergency
            # meeting in Cairo") is only the venue
            dest = next((m for m in sent_ments if m.kind == "place" and m.code and len(m.code) == 3
                         and t_start < m.start and m.start - t_end < 40 and m.code not in {a.code for a in actors}), None)
            if dest is not None:
                recips = [dest]
        if not recips and actors and break_word in THAT and trig.type in ADDRESSED_TYPES:
            # "Hamas told Qatari and Egyptian mediators that it accepted their proposal": what the
            # speaker says it does is addressed to those it tells
            tell_tok = next((t for t in reversed(toks) if t.end <= break_pos and t.text.lower() in TELLING), None)
            if tell_tok is not None and break_pos - tell_tok.end <= 60:
                own = {a.code for a in actors}
                recips = [m for m in sent_ments if tell_tok.end <= m.start < break_pos and m.code and m.kind in ACTOR_KINDS
                          and m.code not in own and m.source != "title"]
        part_rx = PARTICIPLE.get(lang)
        if (part_rx and lang != "en" and not passive and trig.pos == "verb" and i0 == i1 and actors and actors[-1].kind == "role"
                and actors[-1].end <= t_start and not text[actors[-1].end:t_start].strip()
                and (part_rx.match(toks[i0].text.lower()) or (lang == "it" and IT_STRONG_PARTICIPLE.match(toks[i0].text.lower())))):
            # "la scoperta dei civili uccisi a Bucha": the people a participle describes suffered the act
            recips, actors = [actors[-1]], [m for m in agent if m not in actors]
        if lang in ("it", "fr", "es") and trig.pos == "verb" and sent_toks and toks[i0].start == sent_toks[0].start \
                and _is_participle(lang, toks[i0].text):
            # Headline style, the participle first and its parties after it: "Espulsi da Mosca due
            # diplomatici estoni" (the agent acts), "Arrestato in Russia un cittadino francese" (the
            # authorities of the place act), "Firmato a Washington l'accordo tra Armenia e Azerbaigian"
            follow = [m for m in sent_ments if m.start >= toks[i0].end and m.code and (m.kind in ACTOR_KINDS or m.kind == "place")]
            by = next((m for m in follow if _preceded_by(text, head(m), AGENT.get(lang, set()))), None)
            among = next((m for m in follow if _preceded_by(text, head(m), BETWEEN.get(lang, set()))), None)
            scene = next((m for m in follow if len(m.code or "") == 3 and m.start - toks[i0].end <= 15
                          and _preceded_by(text, m, LOCATIVE_PREPS.get(lang, set()) | {"en"})), None)
            if among is not None:
                actors, recips = _with_coordinated(text, among, follow, titles), []
            elif by is not None:
                actors, recips = [by], [m for m in follow if m is not by and m.code != by.code][:1]
            elif scene is not None and trig.type in ("COERCE", "SANCTION"):
                actors, recips = [scene], [m for m in follow if m is not scene and m.code != scene.code and m.kind != "place"][:1]
            elif trig.type in PATIENT_TYPES:
                return None  # "Uccisi in Siria tre soldati americani": who did it is not named (decision 33)
        if trig.mode == "visit" and trig.pos == "verb" and not passive and actors and not it_led and all(
                _preceded_by(text, m, AGENT.get(lang, set()) | FROM.get(lang, set())) for m in actors):
            # "the first tanks supplied by the United States have arrived in Ukraine": whoever
            # supplied the subject or sent it from somewhere did not travel
            return None
        if lang == "de" and any(_de_assessed_by(text, m) for m in actors + recips):
            # "China könnte nach Einschätzung des US-Admirals Philip Davidson versuchen, Taiwan zu
            # erobern", "Nach Erkenntnissen amerikanischer Geheimdienste erwägt Russland, ...": whose
            # assessment it is takes no part in the act
            recips = [m for m in recips if not _de_assessed_by(text, m)]
            if actors and all(_de_assessed_by(text, m) for m in actors):
                actors, recips = recips[:1], recips[1:]
        actor_refs = _refs(actors)
        recip_refs = _refs(recips)
        if lang == "it" and (it_signer := _it_decree_signer(toks, i0, sent_ments)) is not None:
            # "Trump ha firmato un ordine esecutivo per ritirare gli Stati Uniti dall'OMS": who signs
            # the order does what it orders (the order itself is no party)
            actor_refs = _refs([it_signer])
            recip_refs = [r for r in recip_refs if r.code != it_signer.code and r.start > toks[i0].start]
        if any(r.code is None and r.sector == "GOV" for r in recip_refs) and trig.type == "PROTEST":
            home = next((a.code for a in actor_refs if a.code), None)
            recip_refs = [ActorRef(r.text, r.start, r.end, home, r.sector, r.kb_id, r.name, True)
                          if r.code is None and r.sector == "GOV" else r for r in recip_refs]
        actor_codes = {a.code for a in actor_refs if a.code}
        actor_sectors = {a.sector for a in actor_refs}
        # the actor's own country is no recipient, except a person or group of another sector
        # ("Russische Behörden haben ... Nawalny festgenommen": government against opposition)
        domestic = trig.type in ("COERCE", "SANCTION", "PROTEST", "ASSAULT")
        recip_refs = [r for r in recip_refs if not r.code or r.code not in actor_codes
                      or (r.sector in ("OPP", "CVL", "MED", "REB", "JUD", "LEG") and r.sector not in actor_sectors)
                      or (domestic and r.sector is not None and r.start >= t_end and not any(a.start == r.start for a in actor_refs)
                          and r.sector != "GOV")]
        if not any(r.code for r in recip_refs) and trig.type in ("ASSAULT", "COERCE") and trig.mode != "visit":
            # "hätten in Butscha Hunderte Zivilisten getötet", "ha colpito un ospedale a Kiev": the
            # country where the violence took place is its target when no party is named
            places = [m for m in sent_ments if (m.kind == "place" or m.source == "capital") and m.code and len(m.code) == 3
                      and m.start > t_end - 200 and m.code not in actor_codes and m.start >= clause_start
                      and not _geo_context(text, m)]
            # the place after the act first ("... in Washington, five months after M23 seized the city of Goma")
            where = next((m for m in places if m.start >= t_end), places[-1] if places else None)
            if where is not None and actor_codes:
                recip_refs = [ActorRef(where.text, where.start, where.end, where.code, None, None, None, True)]
        if not any(r.code for r in recip_refs) and trig.type == "ASSAULT" and actor_codes and (k := lex.cues.has("reported", toks)) >= 0:
            # "Ukraine's air force said Russia launched 728 drones overnight": the state that
            # reports an attack with no target named is the one attacked
            teller = next((m for m in reversed(sent_ments) if m.end <= toks[k].start and m.code and len(m.code) == 3
                            and m.kind in ("state", "role", "organisation", "person")), None)
            if teller is None and k > 0 and toks[k - 1].text[:1].isupper():
                teller = next((m for m in sent_ments if m.start >= toks[max(0, k - 4)].start and m.end <= toks[k].start and m.code), None)
            if teller is not None and teller.code not in actor_codes and (teller.end <= t_start or teller.start > t_end):
                recip_refs = [ActorRef(teller.text, teller.start, teller.end, teller.code, None, None, None, True)]
        if not any(r.code for r in recip_refs) and actor_codes and (trig.type == "RETREAT" or (
                lang == "en" and trig.type == "CONCEDE" and any(t.text.lower().startswith("withdr") for t in toks[i0:i1 + 1]))):
            # "Russian troops pulled out of Snake Island", "withdrew from the city of Khan Younis":
            # the state a withdrawal leaves is its recipient (also an agreed one: "Eritrea had
            # agreed to withdraw its troops from the Tigray region"; "out of" may end the trigger)
            left = next((m for m in sent_ments if m.kind == "place" and m.code and len(m.code) == 3 and m.code not in actor_codes
                         and 0 <= m.start - t_end <= 60 and OUT_OF.search(text[max(t_end if lang != "en" else t_start, m.start - 45):m.start])), None)
            if left is not None:
                recip_refs = [ActorRef(left.text, left.start, left.end, left.code, None, None, None, True)]
        if lang == "en" and trig.pos == "noun" and trig.type in ("ACCUSE", "PROTEST", "THREATEN") and _drawn_from(toks, i0, i1):
            # "..., drawing condemnation from Belgrade", "prompting an angry response from Madrid":
            # the one the reaction comes from reacts to the subject of the main clause
            k = next(k for k in range(i1 + 1, min(len(toks), i1 + 3)) if toks[k].text.lower() == "from")
            src = next((m for m in sent_ments if toks[k].end <= m.start <= toks[k].end + 5 and m.code and len(m.code) >= 2), None)
            reacted_to = next((m for m in ments if m.end <= toks[max(0, i0 - 1)].start and m.code and m.kind in ("state", "organisation", "person", "role")
                               and src is not None and m.code != src.code), None)
            if src is not None and reacted_to is not None:
                actor_refs, recip_refs = _refs(_with_coordinated(text, src, sent_ments, titles)), _refs([reacted_to])
                actor_codes = {a.code for a in actor_refs if a.code}
        if lang == "en" and trig.type == "ACCUSE" and i0 >= 3 and toks[i0].text.lower() in ("calling", "describing") \
                and toks[i0 - 1].text == "," and toks[i0 - 2].text.lower() in SAID_WORDS:
            # "Serbian forces detained three police officers, Pristina said, calling it an act of
            # aggression": the speaker names the main clause's act so, aimed at its actor
            namer = [m for m in sent_ments if m.end <= toks[i0 - 2].start and m.code and toks[i0 - 2].start - m.end <= 2]
            doer = [m for m in ments if namer and m.end <= namer[0].start and m.code and m.code != namer[0].code
                    and m.kind in ("state", "organisation", "person", "role")][:1]
            if namer and doer:
                actor_refs, recip_refs = _refs(namer[-1:]), _refs(doer)
                actor_codes = {a.code for a in actor_refs if a.code}
        if lang == "en" and trig.type == "CONSULT" and (summit := _for_summit(toks, i1, sent_ments)) is not None \
                and summit.code not in actor_codes:
            # "did not travel to Rome for the G20 summit": the meeting is the organisation's, the
            # city only where it is held
            recip_refs = _refs([summit])
        if lang == "en" and trig.type in ("MOBILIZE", "ASSAULT", "RETREAT", "COERCE") and i0 >= 3 and toks[i0 - 1].text.lower() == "to" \
                and (boss := _en_orderer(toks, i0, sent_ments)) is not None and boss.code not in actor_codes:
            # "Alarmed by a British warship off Guyana, Nicolas Maduro ordered 5,000 troops to take
            # part in exercises": the one who orders the troops acts
            actor_refs = _refs([boss])
            recip_refs = [r for r in recip_refs if r.code != boss.code]
            actor_codes = {boss.code} if boss.code else set()
        if lang == "en" and trig.type == "CONSULT" and not any(r.code for r in recip_refs) and re.match(r"(?:\s+by\s[^,;]{0,40}?)?\s+(?:to|in) the country\b", text[t_end:]):
            # "during the first visit by a US president to the country": the state named last
            land = [m for m in sent_ments if m.end <= t_start and m.code and len(m.code) == 3 and m.code not in actor_codes
                    and m.kind in ("state", "place")][-1:]
            recip_refs = _refs(land) or recip_refs
        if lang == "en" and not any(r.code for r in recip_refs) and actor_codes in ({"KOR"}, {"PRK"}):
            # "South Korea suspended a military agreement with the North": in Korean news "the
            # North" and "the South" are the other Korea
            other = next((k for k in range(i1 + 1, len(toks) - 1) if toks[k].text.lower() == "the"
                          and toks[k + 1].text == ("North" if actor_codes == {"KOR"} else "South")
                          and not (k + 2 < len(toks) and toks[k + 2].text[:1].isupper())), None)
            if other is not None:
                a, b = toks[other].start, toks[other + 1].end
                recip_refs = [ActorRef(text[a:b], a, b, "PRK" if actor_codes == {"KOR"} else "KOR", None, None, None, True)]
        if lang == "en" and trig.type == "PROTEST" and actor_refs and (k_ag := next((k for k in range(i1 + 1, min(len(toks), i1 + 10))
                                                                                  if toks[k].text.lower() == "against"), -1)) > 0 \
                and not any(t.text in (",", ";", ":") for t in toks[i1 + 1:k_ag]) and all(a.start >= toks[k_ag].end for a in actor_refs):
            # "Thousands protested in Dhaka against a visit by Narendra Modi", "... in Tbilisi
            # against a visiting Russian lawmaker": the party protested against is no protester;
            # the protesters are of the place where they protest
            recip_refs, actor_refs = actor_refs, []
            actor_codes = set()
        if not actor_refs and trig.type == "PROTEST":
            # "Hundreds of thousands marched in Hong Kong": civilians of the place
            loc = next((m for m in sent_ments if m.kind in ("place", "state") and m.code
                        and len(m.code) == 3 and m.start >= doc.sentences[si].start), None)
            if loc is not None:
                actor_refs = [ActorRef(loc.text, loc.start, loc.end, loc.code, "CVL", None, None, True)]
                recip_refs = [r for r in recip_refs if r.code != loc.code or r.start != loc.start]
        if not actor_refs:
            return None
        if actors and all(m.kind in ("person", "state", "organisation", "role") for m in actors) and any(m.code for m in actors):
            self._last_actors = list(actors)
            self._last_sent = si
        closing = _closing_warning(toks, i0, i1, ments, lang) if trig.type == "THREATEN" and trig.pos == "verb" else None
        if trig.weight < 0.6 and not recip_refs and len({a.code for a in actor_refs}) < 2 and closing is None:
            # a weak trigger ("sfida", "approvato") counts only with someone it is aimed at, or as
            # the warning that closes a conditional statement (", Vladimir Putin warned")
            return None
        if lang == "de" and trig.type == "SUPPORT" and trig.weight < 0.6 and recip_refs and (not any(r.code for r in recip_refs) or all(
                re.search(r"(?i)\b(?:an|für|nach|in|zu)\s+(?:die|den|dem|der|das)?\s*$", text[max(0, r.start - 12):r.start]) for r in recip_refs)):
            # "hat die Lieferung schwerer Waffen an die Ukraine gebilligt", "ein Hilfspaket für die
            # Ukraine gebilligt": whom the approved act benefits is the act's party, not the
            # approval's; a vote at home is no event between states (the act, if named, is coded)
            return None
        if not any(a.code for a in actor_refs):
            # the town they are in ("a Teheran") before any state named as a party
            in_sent = [m for m in sent_ments if m.code and len(m.code) == 3]
            owner_code: str | None = None
            if actors and actors[0].kind == "role" and _preceded_by(text, actors[0], POSSESSIVES):
                # "Pakistan erklärte, seine Luftwaffe habe ...": the possessive points to the subject
                owner_code = next((m.code for m in ments if m.end <= actors[0].start and m.code and m.kind in ("state", "organisation", "person")), None)
            if lang == "de" and actors and actors[0].kind == "role" and owner_code is None:
                owner = _de_fronted_cause_subject(toks, doc.sentences[si].start, actors[0].start, sent_ments)
                owner_code = owner.code if owner is not None else None
            country = owner_code or next((m.code for m in ments if m.kind == "place" and m.code), None) or next(
                (m.code for m in in_sent if m.kind == "place"), None) or next(
                (m.code for m in in_sent if m.kind == "state" and _preceded_by(text, m, LOCATIVE_PREPS.get(lang, set()) | SPREAD_PREPS)), None)
            if country is None or not any(m.kind == "role" for m in actors):
                return None
            # "manifestanti ... a Parigi": protesters, police, soldiers act for the country they are in
            actor_refs = [ActorRef(a.text, a.start, a.end, a.code or country, a.sector, a.kb_id, a.name, True) for a in actor_refs]
        modality: Modality
        etype, mode, modality = trig.type, trig.mode, self._modality(lang, lex, toks, i0, i1, clause_start, trig.type)
        if lang == "it" and modality == "future" and _it_possible_act(toks, i0):
            modality = "hypothetical"  # "la Turchia potrebbe lanciare presto un'operazione": "presto" does not make it certain
        if earlier_relative:
            modality = "historical"
        if participial and since_own and not (i0 >= 2 and toks[i0 - 2].text.lower() in RECENT_UNITS):
            # (but "a day after talking to Erdogan by phone": a recent act, dated by the distance)
            modality = "historical"  # "a month after cutting diplomatic ties with Rabat": the subject's earlier act
        if meeting and ((modality == "future" and lex.cues.has("future", toks[:i0]) < 0)
                        or (modality == "hypothetical" and lex.cues.has("hypothetical", toks[:i0]) < 0)):
            # "warned Xi in a video call of consequences if ...", "pledged during a White House
            # visit to raise investment": the meeting took place; what was said there is the future
            modality = "asserted"
        if lang == "de" and trig.type == "THREATEN" and (c := _clause_begin(toks, i0)) > 0 and toks[c].text.lower() == "um" \
                and (DE_ZU_INFINITIVE.match(toks[i1].text.lower()) or re.match(r"^(?:ab|an|auf|aus|ein|vor)zu\w+n$", toks[i1].text.lower())
                     or toks[i1 - 1].text.lower() == "zu"):
            return None  # "hat Kriegsschiffe geschickt, um Taipeh einzuschüchtern": the motive of the act, no threat made
        if lang == "de" and trig.type == "THREATEN" and modality == "asserted" and _de_warned_uncoded(toks, i0, i1, sent_ments):
            modality = "perceived"  # "hat den Westen vor der Lieferung ... gewarnt": a fear voiced to no coded party
        if closing is None and trig.type == "THREATEN" and trig.pos == "verb" and WARN_VERB.match(toks[i1].text) and i0 > 0 \
                and toks[i0 - 1].text == "," and not any(t.text.lower() in THAT for t in toks[i1 + 1:]):
            return None  # ", warnte das Welternährungsprogramm": who reported a danger, not a threat
        if trig.type == "THREATEN" and trig.pos == "verb" and WARN_VERB.match(toks[i1].text) and modality == "asserted" \
                and _warning_about_other(lang, toks, i1, sent_ments, actor_codes):
            modality = "perceived"  # "Estland warnte, Moskau plane Sabotageakte": a danger voiced, no threat made
        if trig.type in ("ASSAULT", "COERCE") and (blame := _blamed_in_report(lex, toks, i0, ments, actor_refs)) is not None:
            # "Trudeau told parliament that Indian agents may have been behind the killing", "ha
            # detto che dietro l'attacco c'è Mosca": saying who is behind an act accuses them of it
            blamer, accused = blame
            etype, mode, trig_cameo, modality = "ACCUSE", None, "112", "asserted"
            trig = dataclasses.replace(trig, type="ACCUSE", mode=None, cameo="112")
            actor_refs, recip_refs = _refs([blamer]), accused
        if trig.type not in GOVERNING and trig.type != "THREATEN" and not (lang == "en" and _en_inverted_condition(toks, i0)) \
                and (told := _must_in_report(lex, toks, i0, sent_ments, actor_refs)) is not None:
            # "Ukraine must withdraw its troops from the four regions, Putin said": the speaker
            # demands the act of the party that must do it
            etype, mode, trig_cameo, modality = "REQUEST", None, "100", "asserted"
            trig = dataclasses.replace(trig, type="REQUEST", mode=None, cameo="100")
            actor_refs, recip_refs = _refs([told]), actor_refs
        if closing is not None:
            # "La Cina invaderebbe Taiwan se ..., ha avvertito Pechino", "..., warnte Putin": the
            # warning closing the sentence is made, by its speaker, to whom the main clause threatens
            warner, target = closing
            actor_refs = _refs([warner])
            recip_refs = _refs([target]) if target is not None else []
            modality = "asserted"
        # ("agreed on Thursday not to use force", "a promis de ne pas": the negation is the content's)
        inside = [toks[k] for k in range(i0 + 1, i1) if k not in idx
                  and not (toks[k + 1].text.lower() in ("to", "zu") or toks[k - 1].text.lower() in INF_COMPLEMENTISERS)]
        if modality in ("asserted", "future") and inside and lex.cues.has("negation", inside) >= 0:
            modality = "negated"  # "hat die Unabhängigkeit des Kosovo nie anerkannt", "wird die Truppen nicht abziehen"
        year = int(doc.article.date[:4]) if doc.article.date and doc.article.date[:4].isdigit() else None
        stretch_start = max(clause_start, text.rfind(",", doc.sentences[si].start, t_start) + 1)
        if modality == "asserted" and YEARS_AGO.search(text[stretch_start:t_start]):
            modality = "historical"  # "Three years after Russia launched its invasion", "vor zehn Jahren"
        if modality == "asserted" and year and not _closed_aside(toks[:i0], lang) and any(
            t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < year - 1 and t.start >= clause_start
            and (k == 0 or toks[k - 1].text.lower() in YEAR_CUES or toks[k - 1].start < clause_start
                 or (trig.pos == "noun" and k == i0 - 1))  # "the 1994 genocide", "la crisi del 2008"
            # the trigger's own stretch, or a fronted opening ("Nel 2014, ..."), not a relative
            # clause in between ("La Turchia, che nel 2017 aveva acquistato ..., ha firmato oggi")
            and (not any(x.text == "," for x in toks[k:i0]) or not any(x.text == "," for x in toks[:k]))
            for k, t in enumerate(toks[:i0])
        ):
            modality = "historical"  # "Bereits 2018 hatte Großbritannien ...", "In 2014 Russia annexed ..."
        if modality == "asserted" and year and lang == "it" and _it_fronted_past_year(toks, i0, year):
            modality = "historical"  # "Dopo aver chiuso nel 2024 il consolato russo di Poznań, Varsavia ha ..."
        if modality == "asserted" and year and trig.pos == "verb" and i0 > 0 and toks[i0 - 1].text.lower() not in ("will", "would") \
                and _since_clause(toks, i0) and any(
                t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < year and toks[k - 1].text.lower() in ("in", "nel", "en", "im")
                for k, t in enumerate(toks[i1 + 1:_clause_end(toks, i1)], i1 + 1)):
            modality = "historical"  # "his first visit to Qatar since Cairo cut ties with it in 2017"
        if modality == "asserted" and year and lang == "en" and _en_trailing_past_year(toks, i0, i1, year):
            modality = "historical"  # "admitted that French soldiers tortured and killed Ali Boumendjel in 1957"
        # (the verb-final stop ends at a comma too: "eine Lockerung der Sanktionen in Aussicht, sollte
        # der Iran die Anreicherung stoppen" stops nothing of the first clause)
        clause_end_k = next((k for k in range(i1 + 1, len(toks)) if toks[k].text in (";", ":", ".")
                             or (toks[k].text == "," and not _list_comma(toks, k, len(toks)))), len(toks))
        back = i0
        while back > 0 and i0 - back < 7 and toks[back - 1].text not in (",", ";", ":") and toks[back - 1].text.lower() not in COORD_WORDS:
            back -= 1  # "hanno revocato sabato gran parte delle sanzioni": the stop verb governs the noun
        window = toks[min(back, max(0, i0 - 3)):i0] + (toks[i1 + 1:i1 + 4] + toks[max(i1 + 1, clause_end_k - 1):clause_end_k]
                                             if lang == "de" else [])  # "... Sanktionen ... ausgesetzt"
        stop = next((t for t in window if (t.lemma in STOPPERS or t.text.lower() in STOPPERS)
                     and not (lang == "de" and _de_exposed(toks, toks.index(t)))), None)
        if stop is not None and etype in COOPERATIVE | {"AGREE"}:
            # "suspended military aid", "ha sospeso la cooperazione": reducing relations
            etype, mode, trig_cameo = "SANCTION", "discontinue", "160"
        elif stop is not None and etype in ("SANCTION", "COERCE", "PROTEST"):
            # "lifted the sanctions", "revoca del coprifuoco": a concession
            etype, mode, trig_cameo = "CONCEDE", None, "081"
        else:
            trig_cameo = trig.cameo
        if etype == "ACCUSE" and trig.pos == "verb" and (rx := SENTENCE_TO.get(lang)) is not None \
                and rx.search(text[t_end:min(len(text), t_end + 120)].split(";")[0].split(".")[0]):
            # "ha condannato Brittney Griner a nove anni di carcere": a sentence, not a rebuke
            etype, mode, trig_cameo = "SANCTION", "convict", "116"
        if etype in ("ASSAULT", "COERCE") and actors and all(m.kind == "role" and PROTESTER_WORDS.match(m.text) for m in actors):
            # "i manifestanti hanno assaltato l'ambasciata": PLOVER codes a violent protest as PROTEST riot
            etype, mode, trig_cameo = "PROTEST", "riot", "145"
        if trig.cameo == "043" and recip_refs and any(
                (t.lemma or "").lower() in GOODS or t.text.lower() in GOODS
                for t in toks[i1 + 1:next((k for k in range(i1 + 1, len(toks)) if toks[k].text in (",", ";", ".")), len(toks))][:8]):
            # "la Russia ha ricevuto dall'Iran centinaia di droni": what is received is aid from
            # the giver, not a visit
            etype, mode, trig_cameo = "AID", None, "070"
        k_by = next((k for k in range(i1 + 1, min(len(toks) - 1, i1 + 9)) if toks[k].text.lower() == "by"
                     and not any(t.text in (",", ";", ":") for t in toks[i1 + 1:k])), -1) if lang == "en" else -1
        if lang == "en" and trig.pos == "noun" and etype == "CONSULT" and k_by > 0:
            # "..., the first visit by an Israeli president since 2008", "the first visit to the
            # Palestinian territories by an Indian prime minister": the one the visit is by is the
            # guest, also when a demonym names him
            by = next((m for m in sent_ments if toks[k_by].end <= m.start <= toks[min(len(toks) - 1, k_by + 3)].start and m.code), None)
            if by is not None and by.code in {r.code for r in recip_refs} and by.code not in {a.code for a in actor_refs}:
                actor_refs, recip_refs = recip_refs, actor_refs
        hosted = False
        if etype == "AID" and (trig.cameo == "043" or _received(toks, i0, idx, trig.pos)):
            # "Ukraine received F-16 jets from Denmark": the giver acts; without one there is no
            # event to code (the receiver is no actor of its own aid)
            if not recip_refs:
                return None
            actor_refs, recip_refs = recip_refs, actor_refs
        elif trig.cameo == "043" and actor_refs and recip_refs and lang == "en" and passive and not agent:
            # "Putin was received in Hanoi by Vietnam's leader To Lam": the subject of the passive is
            # the guest already, and the host (whose "by" the possessive hid) its recipient
            trig_cameo = "042"
        elif trig.cameo == "043" and actor_refs and recip_refs:
            # "Putin empfing den türkischen Präsidenten", "reçu par Xi Jinping": the visit is the
            # guest's act towards the host (CAMEO 042), as for every other visit
            actor_refs, recip_refs = recip_refs, actor_refs
            trig_cameo = "042"
            hosted = True
        if modality == "negated" and etype in COOPERATIVE | {"AGREE"} and (self._future(lang, lex, toks, i0, i1) or (
                # "India decided not to join the RCEP trade pact": a decision against it is a refusal too
                lang == "en" and i0 >= 3 and toks[i0 - 1].text.lower() == "to" and toks[i0 - 2].text.lower() == "not"
                and any(t.text.lower() in DECIDING for t in toks[max(0, i0 - 6):i0 - 2]))) and not if_opened(toks, lang) \
                and not _in_condition(toks, i0, lang) and not (lang == "it" and etype == "CONSULT"):
            # ("Lula non andrà al vertice dei Brics": a visit or a meeting that will not take place
            # is a negated CONSULT in the Italian gold, like en-dev-1020)
            # "will not lift the embargo", "non rilascerà": a refusal, which PLOVER codes REJECT
            etype, mode, modality = "REJECT", None, "asserted"
            if hosted and lang == "en":
                # "Armenia will not host exercises of the CSTO": the one who refuses to host refuses
                actor_refs, recip_refs = recip_refs, actor_refs
        if etype in COOPERATIVE and modality == "asserted" and not meeting and any(t.lemma in ANNOUNCE for t in toks[max(0, i0 - 6):i0]):
            modality = "future"  # "hanno annunciato un ampliamento della cooperazione"
        if modality == "future" and etype in ("AGREE", "THREATEN"):
            modality = "asserted"  # an agreement, a promise or a threat is itself about the future
        if lang == "en" and modality == "hypothetical" and etype == "THREATEN" and not _in_condition(toks, i0, lang):
            modality = "asserted"  # "Iran warned it would hit back if Israel attacked": the warning is made
        if modality == "future" and etype in ("RETREAT", "CONCEDE"):
            # PLOVER: an announced withdrawal or lifting is a CONCEDE; future concessions do not
            # reduce to AGREE
            etype, mode, modality = "CONCEDE", None, "asserted"
        if modality == "future" and etype in COOPERATIVE:
            # PLOVER: a promise or announced intention to cooperate, to yield or to withdraw is an
            # AGREE event (CAMEO 03x "express intent to ..." maps to AGREE).
            etype, mode, modality = "AGREE", None, "asserted"
        if lang == "it" and etype == "MOBILIZE" and trig.mode == "troops" and (
                dest := _it_troops_destination(toks, i0, i1, sent_ments)) is not None and dest.code not in {a.code for a in actor_refs}:
            # "L'Italia non invierà soldati in Ucraina", "Pyongyang ha inviato in Russia 1.500
            # soldati": troops sent into another state are military aid to it (lexicon header)
            etype, mode, trig_cameo = "AID", None, "074"
            recip_refs = _refs([dest])
        if lang == "en" and etype == "MOBILIZE" and not recip_refs and (owner := _en_violated_space(text, t_start, t_end, sent_ments, actor_refs)):
            recip_refs = _refs([owner])  # "saying it had violated Turkish airspace": the airspace's state is the one intruded on
        if lang == "en" and etype == "MOBILIZE" and (co_actors := _en_exercise_partners(text, toks, i0, i1, recip_refs)):
            # "began its largest military exercises ..., with Chinese troops taking part": drills held
            # with another state's forces are joint exercises (COOPERATE), the partner a co-actor
            etype, mode, trig_cameo = "COOPERATE", None, "062"
            actor_refs = actor_refs + co_actors
            recip_refs = [r for r in recip_refs if r not in co_actors]
        if etype == trig.type or trig_cameo != trig.cameo:
            cameo = trig_cameo  # the trigger's own code, or the one set by a stop/lift verb above
        else:
            cameo = {"CONCEDE": "080", "REJECT": "120"}.get(etype, "030")
        if lang == "it" and trig.pos == "verb" and (it_ctl := _it_controlled_actor(toks, i0, sent_ments)) is not None:
            # "L'Occidente ha consentito a Kiev di colpire la Russia", "autorizzare Kiev a colpire":
            # the infinitive's actor is the party allowed to act, its recipient the first party after it
            actor_refs = _refs([it_ctl])
            recip_refs = _refs([m for m in _it_first_after(toks, i1, sent_ments) if m.code != it_ctl.code])
        if lang == "it" and trig.pos == "noun" and etype in ("ASSAULT", "COERCE") and (
                it_dem := _it_demonym_of(toks, i1, sent_ments)) is not None:
            # "l'invasione americana dell'Iraq": the adjective names the attacker, the genitive the attacked
            actor_refs, recip_refs = _refs([it_dem[0]]), _refs([it_dem[1]])
        if lang == "it" and (it_ger := _it_gerund_after(toks, i1)) is not None and any(r.start >= it_ger for r in recip_refs) and any(
                toks[i1].end <= m.start < it_ger and m.code and m.kind in ("state", "organisation", "place") for m in sent_ments):
            # "si sono ritirate dall'Iraq, attraversando il confine con il Kuwait": the gerund's
            # object is a circumstance of its own clause, not the recipient of the act before it,
            # when a party is named before it (not "ha minacciato ..., accusando Panama")
            recip_refs = [r for r in recip_refs if r.start < it_ger]
            if not recip_refs and etype == "RETREAT" and (it_from := _it_withdrawn_from(toks, i1, sent_ments)) is not None:
                recip_refs = _refs([it_from])
        if lang == "it" and not any(r.code for r in recip_refs) and etype in ("AGREE", "AID", "SUPPORT", "COOPERATE", "CONCEDE") \
                and trig.pos == "verb" and toks[i1].text.lower().startswith(IT_GIVING) and i1 + 2 < len(toks) \
                and toks[i1 + 1].text.lower() in ("a", "ad") and (
                it_cap := next((m for m in sent_ments if m.start == toks[i1 + 2].start and m.kind == "place" and m.source == "kb"
                                and m.code and len(m.code) == 3 and m.code not in {a.code for a in actor_refs}), None)) is not None:
            # "Berlino e Washington hanno promesso a Kiev decine di blindati": a capital right after a
            # verb of giving or promising is the government it is given to, not a place
            recip_refs = _refs([it_cap])
        if lang == "it" and recip_refs and (it_venue := _it_venue_recipients(text, toks, recip_refs, etype, sent_ments)):
            # "alla presenza di Giorgia Meloni": a witness; "al vertice ... di Washington": the host
            # city of a summit is its venue, not a party met
            recip_refs = [r for r in recip_refs if r not in it_venue]
        if lang == "it" and etype == "ASSAULT" and (it_launch := _it_launched_by(toks, i0, i1, sent_ments)) is not None:
            # "ha intercettato sopra Riad un missile balistico lanciato dai ribelli Houthi dallo
            # Yemen": who launched the weapon attacks whoever intercepts it; the place it came from is no party
            actor_refs, recip_refs = _refs([it_launch[0]]), _refs(it_launch[1:])
        if lang == "it" and etype == "PROTEST" and (it_emb := _it_embassy_protest(toks, actor_refs, sent_ments)) is not None:
            # "hanno protestato davanti all'ambasciata russa a Varsavia": the embassy's state is
            # protested against; the protesters are of the city where they stand
            actor_refs, recip_refs = it_emb
        if lang == "it" and (it_ranked := _it_first_to(toks, i0, sent_ments)) is not None:
            # "La Svezia è diventata il primo grande paese dell'Unione europea a riconoscere lo Stato di
            # Palestina": the group after "il primo <noun> di" only ranks the subject, who acts
            recip_refs = [r for r in recip_refs if r.code != it_ranked.code and r.start > toks[i0].start]
            actor_refs = _refs([it_ranked])
        if lang == "it" and etype == "REJECT" and (it_owner := _it_proposal_owner(toks, i0, i1, sent_ments)) is not None \
                and it_owner.code not in {a.code for a in actor_refs}:
            # "Teheran ha respinto la proposta europea di un incontro con gli Stati Uniti": what is
            # rejected is the proposer's; a party inside the proposal is only its content
            recip_refs = [it_owner]
        if lang == "it" and (it_pair := _it_clitic_gerund(toks, i0, sent_ments)) is not None:
            # "L'Etiopia ha espulso sette funzionari dell'ONU, accusandoli di ingerenza": the gerund's
            # subject is the main clause's, its clitic (-li, -la, -lo, -le) the object just named
            actor_refs, recip_refs = _refs([it_pair[0]]), _refs([it_pair[1]])
        if lang == "it" and trig.pos == "verb" and (it_subj := _it_object_participle(toks, i0, actor_refs, sent_ments)) is not None:
            # "Hamas ha liberato gli ostaggi israeliani, rapiti il 7 ottobre 2023": a participle after
            # the object describes what was done to it (the object is its patient, never its actor);
            # its agent is the main clause's subject, and a past year dates it as background
            actor_refs, recip_refs = _refs([it_subj]), actor_refs
            if modality == "asserted" and year and any(t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < year
                                                       for t in toks[i1 + 1:_clause_end(toks, i1)]):
                modality = "historical"
        if lang == "it" and _it_document_content(toks, i0):
            return None
        if lang == "it" and trig.pos == "noun" and (_it_unowned_after_noun(toks, i0, actor_refs) or _it_meeting_topic(toks, i0)):
            return None
        sent = doc.sentences[si]
        trigger = Span(t_start, t_end, text[t_start:t_end])
        if lang in NO_DOMESTIC_RECIPIENT_LANGS and (own := {a.code for a in actor_refs if a.code}):
            # "Turkish police detained Istanbul mayor Ekrem Imamoglu": who suffers a state's act at
            # home is named, but is no foreign party (decision 43)
            recip_refs = [dataclasses.replace(r, code=None) if r.code in own else r for r in recip_refs]
        eid = content_id(f"{doc.article.id}|{t_start}|{t_end}|{etype}", "e")
        conf = trig.weight * (0.9 if recip_refs else 0.75) * (1.0 if all(a.code for a in actor_refs) else 0.7)
        date = EventDate(doc.article.date, "publication" if doc.article.date else "unresolved")
        return Event(
            id=eid, article_id=doc.article.id, type=etype, mode=mode, cameo=cameo, goldstein=goldstein(cameo),
            quad=quad_of(cameo), plover_score=PLOVER_SCORE[etype], actors=actor_refs, recipients=recip_refs,
            trigger=trigger, sentence=Span(sent.start, sent.end, text[sent.start:sent.end]), date=date,
            modality=modality, contexts=list(trig.contexts), confidence=conf, backend="rules",
            codebook=self.codebook, kb_version=kb_version, lang=lang,
        )

    def _conditional_threats(self, doc: Doc, toks: list[Token], evs: list[Event], spoken: bool = True,
                             speaker: str | None = None) -> list[Event]:
        """ "said he would impose tariffs on Mexico unless ...", "would resume attacks if ...": a
        conflictual act announced under a condition is a threat (asserted) of that act
        (hypothetical), as PLOVER codes conditional warnings."""
        out: list[Event] = []
        if any(e.type == "THREATEN" for e in evs):
            return out
        for e in evs:
            hostile = e.type in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE")
            if not (hostile or e.type in ("SUPPORT", "COOPERATE", "AID")) or e.modality not in ("future", "hypothetical"):
                continue
            if BACKGROUND_BEFORE.search(doc.text, max(0, e.trigger.start - 16), e.trigger.start):
                continue  # "droht nach dem Stopp der russischen Gaslieferungen eine Krise": an act that came before
            after_k = [k for k, t in enumerate(toks) if t.start >= e.trigger.end]
            if not hostile and not any(toks[k].text.lower() in UNLESS_WORDS for k in after_k):
                continue  # ("Britain will recognise a Palestinian state unless Israel agrees to a ceasefire": a penalty)
            sent = [t for t in toks if t.start >= e.sentence.start]
            comma = next((t for t in sent if t.text == ","), None)
            # ("Should trade talks with Washington fail, the EU would ...", "Were Iran to rebuild its sites, ...")
            cond_first = bool(sent) and (sent[0].text.lower() in CONDITION_AFTER or sent[0].text.lower() in ("should", "were")
                                         or (doc.lang == "de" and _de_v1_condition(sent) > 0)) \
                and comma is not None and comma.end <= e.trigger.start
            if not any(_opens_condition(toks, k) for k in after_k) and not cond_first:
                if hostile and spoken and e.recipients and e.modality == "hypothetical" and doc.lang == "en" and _said_could(toks, e):
                    # "Erdogan said Turkey could suspend diplomatic relations with the UAE": a hostile
                    # act a speaker holds out as possible warns the party it would be aimed at
                    out.append(_threat_of(e, e.recipients))
                continue
            span = [t.text.lower() for t in toks if t.start >= e.trigger.start and t.text != ","]
            if any(a in ONLY and b in CONDITION_AFTER for a, b in zip(span, span[1:], strict=False)) or any(
                    w in ONLY for w in span[:4]) and any(w in CONDITION_AFTER for w in span[:8]):
                continue  # "werde Atomwaffen nur einsetzen, wenn ...": a restriction, not a warning
            if cond_first and comma is not None:
                c_from, c_to = e.sentence.start, comma.start
            else:
                opener = next((toks[k] for k in after_k if _opens_condition(toks, k)), None)
                c_from = opener.end if opener is not None else e.trigger.end
                c_to = next((t.start for t in toks if t.start > c_from and t.text in (",", ";")), e.sentence.end)
            if not any(c_from <= m.start < c_to and m.code and (m.kind in ("state", "organisation", "person") or (doc.lang == "en" and m.kind == "role"))
                       for m in doc.mentions) and not any(  # ("if US forces attacked the country")
                    c_from <= t.start < c_to and t.text.lower() in PRONOUNS | ANYONE | CONDITION_OWNERS for t in toks):
                continue  # "Sollten die Verhandlungen scheitern, will Israel ...": a plan for a case, aimed at no one
            e.modality = "hypothetical"
            own = {a.code for a in e.actors}
            if speaker is not None and speaker not in own:
                continue  # "..., wäre die NATO direkt am Krieg beteiligt, sagte Putin": an observer's view, no threat
            # "would fire missiles at Israel should the United States intervene": the threat is
            # aimed at the party whose act is the condition (its subject, right after the opener;
            # not "if aid deliveries to Gaza were not restored", nor "if it invades Ukraine")
            deterred = [m for m in doc.mentions if c_from <= m.start < c_to and m.code and m.code not in own
                        and m.kind in ("state", "organisation", "person") and m.source != "modifier"
                        and len(doc.text[c_from:m.start].split()) <= 1]
            if cond_first and not e.recipients and comma is not None:
                # "Si le Canada et le Mexique ne freinent pas ..., les États-Unis imposeront": the
                # parties of the condition are the ones threatened
                e.recipients = [ActorRef.from_mention(m) for m in doc.mentions if e.sentence.start <= m.start < comma.start
                                and m.kind in ("state", "organisation") and m.code and m.code not in own
                                and m.source not in ("modifier",)]
            if not spoken or (not hostile and (not deterred or {m.code for m in deterred} & {r.code for r in e.recipients})):
                continue
            asker = deterred or [m for m in doc.mentions if c_from <= m.start < c_to and m.code
                                 and m.kind in ("state", "organisation", "person", "role")][:1]
            if OFFER_CONDITION.search(doc.text, c_from, c_to) and asker and {m.code for m in asker} <= {r.code for r in e.recipients}:
                continue  # "could send troops to Libya if the Tripoli government asked for them": an offer, no threat
            if doc.lang == "de" and sent and sent[0].text.lower() in ("hätte", "hätten", "wäre", "wären"):
                continue  # "Hätte der Westen früher Kampfjets geliefert, wäre ...": a past that did not happen, no threat
            out.append(_threat_of(e, _refs(deterred) if deterred else e.recipients))
        return out

    def _future(self, lang: str, lex: Lexicon, toks: list[Token], i0: int, i1: int) -> bool:
        fut = FUTURE.get(lang)
        return lex.cues.has("future", toks[max(0, i0 - 5):i0]) >= 0 or bool(
            fut and any(fut.search(t.text.lower()) and not t.text[:1].isupper() for t in toks[max(0, i0 - 3):i1 + 1]))

    def _modality(self, lang: str, lex: Lexicon, toks: list[Token], i0: int, i1: int, clause_start: int, etype: str) -> Modality:
        de_fin = _de_reason_pp(toks) if lang == "de" else -1
        if lang == "de" and toks[0].text.lower() == "damit" and _de_fronted_subordinate(toks) and not any(
                t.text in (",", ";", ":") for t in toks[:i0]):
            return "hypothetical"  # "Damit Russland die Ukraine nicht erneut angreifen kann, ...": a purpose, not an act
        if de_fin > 0 and i1 < de_fin:
            # "Wegen der Gefahr weiterer Sabotageakte hat die NATO ...": the danger named ("Im Falle
            # eines Angriffs würde ...": the case supposed)
            return "hypothetical" if _de_case_opening(toks) else "perceived"
        if de_fin > 0:
            # ... and the act after the verb is the real reaction: the fear colours none of it
            clause_start = max(clause_start, toks[de_fin].start)
        if lang == "en" and _en_seeing_as(toks, i0, i1):
            return "perceived"  # "Seeing the port deal as an attack on its sovereignty, Somalia expelled ..."
        sent_before = toks[:i0]
        near = toks[max(0, i0 - 4):i0]
        clause = [t for t in sent_before if t.start >= clause_start]
        cues = lex.cues
        window = toks[max(0, i0 - 10):i0]
        if etype not in ("THREATEN", "ASSAULT", "COERCE"):
            # a fear colours only its own clause ("Ante lo que percibe como una amenaza, Japón aprobó")
            window = [t for t in window if t.start >= clause_start]
            if any(t.text == "," for t in window):
                window = window[max(k for k, t in enumerate(window) if t.text == ",") + 1:]
        if de_fin > 0:
            window = [t for t in window if t.start >= toks[de_fin].start]
        if lang == "de" and etype == "THREATEN" and i0 > 0 and toks[i0 - 1].text == "," \
                and toks[i0].text.lower() in ("drohte", "drohten", "droht") and not any(t.text in (",", ";") for t in toks[i1 + 1:]):
            # "Notfalls werde Nordkorea Atomwaffen einsetzen, drohte Kim Jong Un": the closing threat
            # is made; "notfalls", "sollte" or "würde" before it colour only the act threatened
            return "asserted"
        felt = PERCEIVING.get(lang, set())
        coord = [k for k in range(max(0, i0 - 12), i0 - 1) if toks[k].text.lower() in COORD_WORDS
                 and toks[k + 1].text.lower() in DE_FINITE | ACTIVE_AUX]
        if coord:
            # "Litauen fühlt sich von Belarus bedroht und hat seine Grenze geschlossen", "feels
            # threatened and has closed ...": a second predicate of its own; the fear is the first one's
            window = [t for t in window if t.start > toks[coord[-1]].start]
        commas = [k for k, t in enumerate(toks[:i0]) if t.text == ","]
        if len(commas) >= 2 and toks[commas[-2] + 1].text.lower() in RELATIVE_OPENERS:
            # "Poland, which feels threatened by Belarus, closed its border": the fear is the
            # relative clause's, the act after it is real
            window = [t for t in window if t.start > toks[commas[-1]].start]
            felt = set() if i0 - commas[-1] > 3 else felt
        fc = commas[0] if commas else -1
        if fc > 0 and (toks[0].text.lower() in FRONTED | REASON_OPENERS or toks[0].text.lower() in felt or _perception_opening(toks, felt)):
            # "Fearing a Hamas attack, Israel struck targets in Gaza": the fear is the fronted
            # phrase's, the strike after it is real
            window = [t for t in window if t.start > toks[fc].start]
        if lang == "de" and len(toks) > 2 and toks[0].text.lower() == "aus" and toks[1].text.lower() in DE_FEAR_OF | DE_EMOTION_OF:
            # "Aus Furcht vor einem Übergreifen der Kämpfe hat Jordanien die Grenze geschlossen": the
            # fear is the fronted phrase's, the act after the finite verb is real
            fin = next((k for k in range(2, i0) if toks[k].text.lower() in DE_FINITE), -1)
            if fin > 0:
                window = [t for t in window if t.start > toks[fin].start]
        if etype in PERCEIVABLE and _warned_about(lang, toks, i0, i1):
            return "perceived"
        if any(toks[k].text.lower() in felt and any(toks[j].text.lower() in FELT_BY for j in range(k + 1, i0))
               and not any(toks[j].text in (",", ";", ":") and not _list_comma(toks, j, i0) for j in range(k + 1, i0))
               and not (coord and coord[-1] > k)  # ("... bedroht und hat die Grenze geschlossen": the reaction is real)
               for k in range(max(0, i0 - 20), i0)):
            # "fühlt sich durch die Militärübungen der USA provoziert", "feels threatened by the
            # drills": what the subject feels threatened by is its perception, whatever the act
            return "perceived"
        if " ".join(t.text.lower() for t in toks[:3]).startswith(EYES_OF):
            return "perceived"  # "Agli occhi di Helsinki, l'arrivo dei migranti è un attacco ibrido": a view
        if all(k == 1 for k in commas) and any(t.text == "," for t in toks[i1 + 1:]) and _perception_opening(toks, felt):
            # ("Überzeugt, dass Moskau hinter dem Anschlag steckt, haben die USA ...": the comma after
            # the opening participle is the fronted phrase's own)
            # "Convinced that Russia was behind the sabotage, Poland shut ...", "Over concerns that
            # Huawei could help Chinese intelligence, Britain ...": what is feared or believed in
            # the fronted phrase is not an act
            return "perceived"
        if (rx_c := CONDITIONAL.get(lang)) is not None and any(t.text.lower() in NOUN_SUBJECT_DETS.get(lang, set()) for t in toks[max(0, i0 - 3):i0]) and any(
                rx_c.match(t.text.lower()) for t in toks[i1 + 1:i1 + 9] if t.text not in (",", ";")) and not any(
                t.text in (",", ";") for t in toks[i1 + 1:next((k for k in range(i1 + 1, min(len(toks), i1 + 9)) if rx_c.match(toks[k].text.lower())), i1 + 9)]):
            return "hypothetical"  # "a Chinese attack on Taiwan could be ...": an act that might happen
        if rx_c is not None and etype != "THREATEN" and any(
                toks[k].text.lower() in ANY_DETS.get(lang, set()) and any(rx_c.match(t.text.lower()) for t in toks[k + 2:i0])
                and not any(t.text in (",", ";", ":") for t in toks[k:i0]) for k in range(max(0, i0 - 14), i0 - 2)):
            # "said any military intervention by ECOWAS would amount to a declaration of war": what
            # any such act would be or lead to is a supposition
            return "hypothetical"
        if lang == "it" and etype != "THREATEN" and i0 > 0 and (toks[i0 - 1].text.lower() in ANY_DETS["it"] or (
                i0 > 1 and toks[i0 - 1].text.lower() == "eventuale" and toks[i0 - 2].text.lower() in ("ogni", "qualsiasi", "qualunque"))):
            # "Teheran ha detto che qualsiasi attacco israeliano riceverà una risposta": an act of
            # any kind, or an eventual one, is a supposition, not an act that took place
            return "hypothetical"
        c_end = next((k for k in range(i1 + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
        after_text = " ".join(t.text.lower() for t in toks[i1 + 1:c_end])
        clause_text = " ".join(t.text.lower() for t in toks[:c_end] if t.start >= clause_start)
        if PERCEIVED_AFTER.search(after_text) or PERCEIVED_IN.search(clause_text) or (
                toks[0].text.lower() in CONCERN_FIRST and not any(t.text in (",", ";") for t in toks[:i0]) and de_fin < 0):
            # "Preoccupa Seul il trasferimento ...", "vengono percepite come un attacco": what
            # worries a party, or is perceived as an act, is not that act
            # "beobachtet die Patrouillenflüge ... mit großer Sorge", "hält einen Angriff für
            # möglich", "watches the drills with concern": what is watched or expected
            return "perceived"
        if lang == "de" and _de_perceived(toks, i0, i1, clause_start):
            return "perceived"
        if lang == "de" and toks[i0].text[:1].isupper() and any(
                toks[k].text.lower() == "hinter" and all(t.text.lower() in DE_DETERMINERS or t.text[:1].islower() for t in toks[k + 1:i0])
                for k in range(max(0, i0 - 4), i0)):
            # "vermutet hinter den Brandanschlägen russische Saboteure", "dass Moskau hinter dem
            # Giftanschlag steckt": who is believed to be behind an act is a belief, not its coding
            return "perceived"
        if any(toks[k].text.lower() in FEARING | FEAR_NOUNS and any(toks[j].text.lower().rstrip("'’") in THAT and not any(
                   t.text == "," for t in toks[j + 1:i0]) for j in range(k + 1, min(i0, k + 12)))
               and not any(t.text == ";" for t in toks[k:i0]) for k in range(0, i0 - 1)):
            return "perceived"  # "fürchtet, dass Washington die Hilfe einstellen könnte": any feared act
        if lang in ("it", "de") and any(toks[k].text.lower() in CONCERNED_THAT and toks[k + 1 + (toks[k + 1].text == ",")].text.lower() in ("che", "dass")
                                and not any(t.text in (",", ";", ":") for t in toks[k + 2:i0]) for k in range(0, i0 - 2)):
            # "La Corea del Sud si dice preoccupata che Mosca trasferisca tecnologia a Pyongyang":
            # what a party is worried or alarmed may happen is feared, not asserted
            return "perceived"
        if lang == "de" and any(toks[k].text.lower() in FEAR_NOUNS | FEARING and any(
                toks[j].text == "," and not any(t.text == "," for t in toks[j + 1:i0])
                and any(t.text.lower() in DE_MODAL_AFTER for t in toks[j + 1:i1 + 3]) for j in range(k + 1, min(i0, k + 5)))
                for k in range(0, i0 - 1)):
            return "perceived"  # "Im Kosovo geht die Angst um, Serbien könnte Truppen zusammenziehen": the feared case
        if any(toks[k].text.lower() in DENY and any(t.text.lower().rstrip("'’") in DENIED_CLAUSE for t in toks[k + 1:min(i0, k + 8)])
               and not any(t.text in (";", ":") for t in toks[k:i0]) for k in range(max(0, i0 - 25), i0 - 1)) \
                and not any(t.text.lower() in COORD_WORDS for t in toks[max(0, i0 - 2):i0]):
            # "denied on Monday that Tehran had supplied Russia with drones": the act denied (not a
            # second predicate: "ha negato di aver colpito l'ospedale e attribuisce l'esplosione")
            return "negated"
        if etype in PERCEIVABLE and any(toks[k].text.lower() in felt and toks[k + 1].text.lower().rstrip("'’") in THAT
                                        and not any(t.text == ";" for t in toks[k:i0])
                                        # ("Fearing that unrest could spread, South Africa closed ...": the fronted fear is the phrase's)
                                        and not (k == 0 and any(t.text == "," for t in toks[k + 1:i0]))
                                        for k in range(0, i0 - 1)):
            return "perceived"  # "Taipei teme che Pechino sfrutti le esercitazioni per preparare un blocco": all of it feared
        if lang == "de" and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in DE_MODAL_AFTER:
            return "hypothetical"  # "..., dass Russland das Baltikum angreifen könnte": a possibility
        if lang == "de" and any(t.text.lower() in DE_REFRAIN for t in toks[max(0, i0 - 8):i0]) \
                and not any(t.text in (";", ":") for t in toks[max(0, i0 - 8):i0]):
            return "negated"  # "Indien verzichtet auf eine Verurteilung Russlands", "vermeidet es, Russland zu unterstützen"
        if lang == "de" and any(t.text.lower() in ("denkt", "denken", "dachte", "dachten") for t in toks[max(0, i0 - 6):i0]) and any(
                t.text.lower() == "nach" and (k + 1 >= len(toks) or toks[k + 1].text in (".", ",", ";"))
                for k, t in enumerate(toks) if i1 < k <= i1 + 6):
            return "hypothetical"  # "Die EU denkt über Sanktionen gegen Israel nach": considered, not taken
        if lang == "de" and any(toks[k].text.lower() in DENY and toks[k + 1].text == "," and _de_zu_clause(toks, k + 2)
                                for k in range(max(0, i0 - 10), i0 - 1)) and any(
                t.text.lower() == "zu" or DE_ZU_INFINITIVE.match(t.text.lower()) for t in toks[i1:_clause_end(toks, i1)]):
            return "negated"  # "Iran bestreitet, Drohnen an Russland geliefert zu haben": the act denied
        if lang == "de" and (k_no := _de_no_intent(toks, i0)) >= 0 and _de_zu_clause(toks, k_no + 1):
            # "Nordkorea denke nicht daran, sein Atomwaffenprogramm für Gespräche mit Washington
            # aufzugeben", "Israel hat nicht vor, seine Soldaten ... abzuziehen": the act refused,
            # however far the infinitive stands from the "nicht"
            return "negated"
        if lang == "de" and len(toks) > 3 and toks[0].text.lower() in ("bis", "bevor", "ehe") and toks[1].text[:1].isupper() \
                and toks[1].text.lower() not in DE_FINITE | {"ende", "anfang", "mitte"} \
                and not any(t.text in (",", ";", ":") for t in toks[:i0]) and not any(
                    t.text.lower() in DE_PAST_AUX or (t.text.lower().endswith(("te", "ten")) and t.text[:1].islower())
                    for t in toks[i1:_clause_end(toks, i1)]):
            # "Bis Russland seine Truppen abgezogen hat, ...", "Bevor Ankara zustimmt, muss ...": a
            # condition still to be met ("Bevor Scholz nach Kiew reiste, ..." tells what came first)
            return "hypothetical"
        if lang == "de" and any(
                toks[k].text.lower() == "als" and (any(t.text.lower() in DE_VIEW_NOUNS for t in toks[k + 1:k + 4])
                # the view verb before the act ("nimmt die Manöver als Bedrohung wahr") or, in the
                # passive, after its "als" ("wird in Tokio als Bedrohung wahrgenommen")
                and (any(toks[j].text.lower() in DE_VIEW_VERBS for j in range(max(0, i0 - 6), i0))
                     or any(toks[j].text.lower() in DE_VIEW_VERBS for j in range(i1 + 1, min(len(toks), k + 6))))
                    # a supposed view after any noun: "Angriffe ... würde Moskau als direkte Kriegsbeteiligung werten"
                    or any(toks[j].text.lower() in DE_VIEW_INFINITIVES and not any(t.text in (",", ";", ":") for t in toks[k:j])
                           for j in range(k + 2, min(len(toks), k + 7))) and any(t.text.lower() in DE_MODAL_AFTER | {"wird", "werde"}
                                                                                for t in toks[:k]))
                for k in range(i1 + 1, min(len(toks), i1 + 12))):
            return "perceived"  # "Peking betrachtet die Waffenlieferungen der USA an Taiwan als Provokation": a view
        if lang == "de" and toks[i0].text[:1].isupper() and i0 > 0 and (toks[i0 - 1].text.lower() == "als" or (
                i0 > 1 and toks[i0 - 2].text.lower() == "als" and toks[i0 - 1].text[:1].islower())) and any(
                t.text.lower() in DE_VIEW_VERBS for t in toks[_clause_begin(toks, i0):_clause_end(toks, i1) + 1]):
            # "Weil China den Besuch als Angriff auf seine Souveränität ansieht", "bezeichnete die
            # Manöver als Angriff": the act named is the label of a view, not one that took place
            return "perceived"
        if lang == "de" and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in ("haben", "sein") \
                and any(t.text.lower() in ("soll", "sollen") for t in toks[max(0, i0 - 8):i0]):
            return "asserted"  # "Nordkorea soll Russland Granaten geliefert haben": reported, in the past
        if lang == "de" and toks[i1].text[:1].islower() and (i1 + 1 >= len(toks) or toks[i1 + 1].text in (",", ".", ";", ":")) \
                and any(t.text.lower() in DE_MODAL_AFTER for t in toks[_clause_begin(toks, i0):i0]):
            return "hypothetical"  # "Russland könnte ... seine Truppen neu gruppieren und später erneut angreifen": the verb-final act

        if lang == "de" and (bei := next((k for k in range(i0 - 2, max(-1, i0 - 5), -1) if toks[k].text.lower() == "bei"), -1)) >= 0 \
                and toks[bei + 1].text.lower() in ("einem", "einer", "weiteren", "erneuten", "neuen", "jedem", "jeder", "künftigen") \
                and all(t.text[:1].islower() for t in toks[bei + 1:i0]) \
                and any(CONDITIONAL["de"].match(t.text.lower()) or t.text.lower() in ("werde", "werden", "wird") for t in toks[i1 + 1:]):
            return "hypothetical"  # "Bei einem Angriff auf ein Mitglied würde die NATO ...": in the event of one
        if lang == "de" and _de_hypothetical(toks, i0, i1):
            return "hypothetical"
        if lang == "de" and toks[i1].text[:1].islower() and toks[i1].text.lower() == (toks[i1].lemma or "").lower() \
                and (i1 + 1 >= len(toks) or toks[i1 + 1].text in (",", ".", ";", ":")) \
                and any(t.text.lower() in ("wird", "werde", "werden", "wirst") for t in toks[_clause_begin(toks, i0):i0]) \
                and lex.cues.has("negation", toks[_clause_begin(toks, i0):i1 + 1]) < 0 and lex.cues.has("hypothetical", toks) < 0:
            return "future"  # "Putin werde in den kommenden Tagen die Ukraine angreifen": the infinitive far from its auxiliary
        if lang == "en" and _en_prepared_for(toks, i0, i1):
            return "hypothetical"
        if lang == "de" and (de_kept := _de_kept_open_or_nearly(toks, i0, i1)) is not None:
            return de_kept
        if lang == "de" and (v1 := _de_v1_condition(toks)) > 0 and not any(t.text in (",", ";", ":") for t in toks[v1 + 1:i0]):
            # "Greift China Taiwan an, würden die USA eingreifen": the verb-first condition and the
            # act that would follow it (a closing ", warnte X" is the threat made, coded apart)
            return "hypothetical"
        if lang == "de" and (de_mod := _de_claimed_or_ruled_out(toks, i0, i1)):
            return de_mod
        if etype == "THREATEN" and _described_threat(lang, toks, i0, i1):
            return "perceived"
        felt_after = toks[i1 + 1:i1 + 3]
        if lang == "de" and _de_reaction_after_reason(toks, i0, i1):
            # "Dänemark hat wegen der Bedrohung durch Russland die Wehrpflicht ausgeweitet": the fear
            # is the reason phrase's; the verb-final act of the main clause is the real reaction
            window, felt_after = [], []
        if lang == "it" and any(t.text.lower() in IT_MOTIVE for t in felt_after):
            # "La Russia ha attaccato Kiev temendo che l'Ucraina ricevesse armi", "... per timore di
            # ...": a fear after the act is its motive; the act itself was carried out
            felt_after = []
        if etype in PERCEIVABLE and (cues.has("perception", window) >= 0 or cues.has("perception", felt_after) >= 0
                                     or any(t.text.lower() in felt for t in toks[max(0, i0 - 3):i1 + 1] + felt_after)):
            # "percepiscono un comportamento minaccioso", "sich bedroht fühlen", "Sentendosi
            # minacciata dalla Cina": a feared act is no act; a request or a purchase made out of
            # fear is still an act
            return "perceived"
        neg_scope = clause[-8:] if lang == "de" else near
        # "ohne Einigung verhandelt": a negating preposition negates only the act right after it,
        # not the verb ("werde ohne Zögern Atomwaffen einsetzen", "agreed without a vote")
        neg_scope = [t for k, t in enumerate(neg_scope) if t.text.lower() not in NEG_PREPS or all(
            x.text.lower() in ARTICLE_WORDS for x in neg_scope[k + 1:])]
        if cues.has("negation", neg_scope) >= 0 and not (
                # "avant que la Russie ne frappe", "craignent que Moscou n'attaque": an expletive
                # "ne" without "pas", "jamais", "plus" ... negates nothing
                lang == "fr" and all(t.text.lower().rstrip("'’") in ("ne", "n") for t in near if cues.has("negation", [t]) >= 0)
                and not any(t.text.lower() in FR_NEG_PARTNERS for t in toks[max(0, i0 - 4):i1 + 4])):
            # "se Hamas non libererà gli ostaggi": a negation inside a condition is part of it
            # "werde keine Angriffswaffen mehr liefern" after "Sollte Israel angreifen,", "will keine
            # Geiseln freilassen, es sei denn ...": a negation under a condition is hypothetical too
            follow = " " + " ".join(t.text.lower() for t in toks[i1 + 1:i1 + 14] if t.text not in (",", "«", "»", '"')) + " "
            conditioned = (if_opened(toks, lang) and any(t.text == "," for t in toks[:i0])) or any(
                f" {c} " in follow for c in CONDITION_AFTER_PHRASES.get(lang, ()) if c not in CONCESSIVE)
            if lang == "it" and etype != "THREATEN" and NOT_EXCLUDED["it"][0].search(" ".join(t.text.lower() for t in toks[max(0, i0 - 8):i0])):
                return "hypothetical"  # "Washington non esclude di inviare truppe": not ruling out is a possibility
            if lang == "de" and etype != "THREATEN" and NOT_EXCLUDED["de"][0].search(" ".join(t.text.lower() for t in toks[max(0, i0 - 10):i0])):
                return "hypothetical"  # "Trump schloss nicht aus, Grönland mit militärischer Gewalt zu übernehmen"
            return "hypothetical" if _in_condition(toks, i0, lang) or conditioned else "negated"
        if etype != "THREATEN" and any(rx.search(" ".join(t.text.lower() for t in toks[max(0, i0 - 8):min(len(toks), i1 + 11)]))
               for rx in NOT_EXCLUDED.get(lang, ())):
            # "non può essere escluso", "does not rule out": a possibility ("non ha escluso il
            # ricorso alla forza" is itself a threat made)
            return "hypothetical"
        words_after: list[str] = []
        for t in toks[i1 + 1:i1 + 14]:
            if t.text in (";", ":", "."):
                break
            words_after.append(t.text.lower())
        tail_text = " " + " ".join(words_after) + " "
        for w in CONCESSIVE:  # "even if", "anche se", "même si", "come se": no condition
            tail_text = tail_text.replace(f" {w} ", " ")
        if etype not in ("THREATEN", "REQUEST", "ACCUSE", "REJECT") and (any(
                f" {c} " in tail_text for c in CONDITION_AFTER_PHRASES.get(lang, ())) or (lang == "en" and any(
                    toks[k].text == "should" and _opens_condition(toks, k) for k in range(i1 + 1, min(len(toks), i1 + 14)))) or (
                    # "stellte eine Lockerung der Sanktionen in Aussicht, sollte der Iran ...": inverted
                    lang == "de" and etype != "AGREE" and any(toks[k].text.lower() in V1_CONDITION["de"] and toks[k - 1].text == ","
                                         and not any(t.text in (";", ":", ".") for t in toks[i1 + 1:k]) for k in range(i1 + 1, min(len(toks), i1 + 20))))):
            return "hypothetical"  # "would back Sweden's entry only if ...", "revocherà le sanzioni a condizione che ..."
        if lang == "de":
            # the finite verb of a main clause comes before its negation: "liefert keine Taurus"
            tail = []
            for t in toks[i1 + 1:i1 + 6]:
                if t.text in (",", ";", ":"):
                    break
                tail.append(t)
            if any(t.text.lower() in DE_NEGATION_AFTER for t in tail):
                return "negated"
        cond_rx = CONDITIONAL.get(lang)

        # "Russische Medien berichteten, ukrainische Drohnen hätten eine Raffinerie getroffen": in
        # German reported speech "hätte/wäre" + participle is the reported past, no condition
        # (worked out on the first such verb only: most sentences have none)
        de_report: list[bool] = []

        def cond(t: Token) -> bool:
            # "Hungría" ends like a conditional; names are capitalised; "le retrait", "la mayoría"
            # are nouns (a determiner before them)
            low = t.text.lower()
            if not cond_rx or t.text[:1].isupper() or not cond_rx.search(low) or low in COND_LOOKALIKES:
                return False
            if lang == "de" and low in ("hätte", "hätten", "wäre", "wären"):
                if not de_report:
                    de_report.append(cues.has("reported", toks[:i0]) >= 0 and any(t.text == "," for t in toks[:i0]))
                if de_report[0]:
                    return False
            k = toks.index(t)
            return not (k > 0 and toks[k - 1].text.lower().rstrip("'") in DETERMINERS)

        # "said it would send": the conditional verb itself is the future in the past, not a condition
        rep_end = i0
        if lang == "it" and i0 > 0 and toks[i0 - 1].text.lower() in ("sarebbe", "sarebbero") and toks[i0].text.lower().startswith(IT_READY):
            # "Varsavia sarebbe pronta ad accoglierne una parte": the conditional of the readiness
            # itself, not a hearsay "sarebbe" (which comes with a participle: "sarebbe fuggito")
            rep_end = i0 - 1
        rep = cues.has("reported", toks[max(0, i0 - 12):rep_end])
        # a doubt in a fronted phrase ("Worried about a possible Chinese invasion, Taiwan said it
        # would ...") is not the report's condition: look from the report's own clause on
        rep_k = max(0, i0 - 12) + rep if rep >= 0 else 0
        rep_from = max((k + 1 for k in range(rep_k) if toks[k].text == ","), default=0)
        reported = rep >= 0 and cues.has("hypothetical", [t for t in sent_before[rep_from:] if not cond(t)]) < 0
        hearsay = any(t.text.lower() in HEARSAY_AUX for t in toks[max(0, i0 - 3):i0])
        if any(t.text.lower() in EXPECTED for t in toks[max(0, i0 - 2):i0]) and not if_opened(sent_before, lang):
            return "future"  # "dovrebbe incontrare", "devrait rencontrer": is expected to, not a condition
        w0 = max(0, i0 - 3)
        if lang == "en" and i0 > 0 and toks[i0 - 1].text.lower() == "and":
            # "Turkey could close its border ... and halt its oil exports": the modal covers both verbs
            stretch = _clause_begin(toks, i0)
            w0 = next((k for k in range(i0 - 1, stretch - 1, -1) if cond(toks[k])), w0)
        if reported and not hearsay and any(cond(t) and not (lang == "en" and t.text.lower() in ("could", "might")) for t in toks[w0:i1 + 1]):
            # "said that the United States would lift": future in the past, not a condition (but
            # "said Turkey could suspend relations", "might intervene": a possibility)
            return "future"
        openers = IF_OPENERS.get(lang, set())
        if_cue = cues.has("hypothetical", [t for t in toks[max(0, i0 - 12):i0] if t.start >= clause_start or t.text.lower() in openers]) >= 0 \
            or if_opened(sent_before, lang) or _in_condition(toks, i0, lang)
        if if_cue or (not hearsay and any(cond(t) for t in toks[w0:i1 + 1])):
            return "hypothetical"
        fut = FUTURE.get(lang)
        if lang == "de" and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in ("wird", "werden") and (
                i1 + 2 >= len(toks) or toks[i1 + 2].text in (",", ".", ";", ":")):
            return "future"  # "..., dass Deutschland eine Brigade in Litauen stationieren wird": verb-final future
        if lang == "de" and toks[i1].text[:1].islower() and toks[i1].text.endswith("en") and (
                i1 + 1 >= len(toks) or toks[i1 + 1].text in (",", ".", ";", ":")) and any(
                t.text.lower() in DE_INTENDING for t in toks[_clause_begin(toks, i0):i0]):
            return "future"  # "wollen die baltischen Staaten aus dem Ottawa-Abkommen austreten": the bracket's modal
        if lang == "de" and (toks[i1].text.lower() == "zu" or DE_ZU_INFINITIVE.match(toks[i1].text.lower()) or (
                i1 > 0 and toks[i1 - 1].text.lower() == "zu")) and (
                comma := next((k for k in range(i0 - 1, -1, -1) if toks[k].text in (",", ";", ":")), -1)) > 0 \
                and toks[comma].text == "," and any(t.text.lower() in DE_ANNOUNCING for t in toks[max(0, comma - 6):comma]):
            # "Russland kündigte an, Truppen an die Grenze zu Finnland zu verlegen": an announced or
            # planned act is still to come
            return "future"
        if cues.has("future", toks[max(0, i0 - 5):i0]) >= 0 or (fut and any(
                fut.search(t.text.lower()) and not t.text[:1].isupper() for t in toks[max(0, i0 - 2):i1 + 1])):  # not "Ankara"
            return "future"
        rest: list[Token] = list(toks[i0 + 1:i1])
        for t in toks[i1 + 1:i1 + 9]:
            if t.text in (",", ";", ":"):
                break
            rest.append(t)
        if rest and TIME_AHEAD.search(" ".join(t.text for t in rest)):
            return "future"  # "Scholz reist nächsten Dienstag nach Peking", "visits Beijing next week"
        hist = clause or sent_before
        cut = max((k for k, t in enumerate(hist) if t.text == ","), default=-1)
        if cut > 0 and (any(t.text.lower() in AFTER_WORDS for t in hist[:cut]) or _closed_aside(sent_before, lang)):
            # "Five months after M23 seized Goma, Congo and Rwanda signed ...": the time phrase
            # dates the clause it opens, not the main one
            hist = hist[cut + 1:]
        if cues.has("historical", hist) >= 0:
            return "historical"
        return "asserted"


Match = tuple[int, int, Trigger, list[int]]


def governing_matches(
    matches: list[Match], toks: list[Token], lang: str, threats: list[tuple[Match, Match]] | None = None
) -> list[Match]:
    """Drop triggers that are the content of another event or a circumstance of it.

    The content of a request, threat, promise or refusal ("esortato ... ad aumentare il
    sostegno", "agreed to allow aid") is coded by the governing event; a trigger introduced by
    a preposition after another trigger ("dopo i colloqui", "per difendere") is a circumstance.
    What a threat announces is collected in ``threats`` as (content, threat) pairs: a conditional
    threat's sanction is coded as a hypothetical event of its own.
    """
    kept: list[tuple[int, int, Trigger, list[int]]] = []
    prev_end = -10
    prev_type = ""
    complement_from = -1  # "acordaron que ...", "demanded that ...": the rest of the clause is content
    breaks = CLAUSE_BREAK_BY_LANG.get(lang, CLAUSE_BREAK) - THAT
    for n, m in enumerate(matches):
        i0, i1, trig, _ = m
        if kept and lang == "en" and _nominal_meeting(toks, i0, i1, trig):
            kept.append(m)  # "during a visit by Marco Rubio", "at talks in Istanbul": a meeting of its own
            continue
        if lang == "it" and trig.pos == "noun" and n + 1 < len(matches) and matches[n + 1][2].type == trig.type \
                and matches[n + 1][2].pos == "verb" and 1 < matches[n + 1][0] - i1 <= 3 \
                and toks[matches[n + 1][0] - 1].text.lower() in ("ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero") \
                and not any(toks[k].text in (",", ";", ":") for k in range(i1 + 1, matches[n + 1][0])):
            # (not a participle describing the noun: "i colpi di artiglieria sparati sabato dalle RSF")
            continue  # "raid israeliani hanno colpito l'aeroporto di Damasco": the subject noun is the verb's own event
        if lang == "it" and trig.pos == "noun" and trig.type == "AGREE" and any(
                t.text.lower() in IT_EXISTING_DEAL for t in toks[max(0, i0 - 4):i0]):
            continue  # "nel giorno dell'attuazione dell'accordo nucleare": an agreement already made, not a new one
        if lang == "it" and trig.type == "REQUEST" and trig.pos == "verb" and _it_own_forces_order(toks, i0, i1):
            continue  # "ha ordinato alle forze di autodifesa di abbattere il razzo": the act ordered is the subject's own
        if lang == "it" and kept and kept[-1][2].type == "SUPPORT" and _it_decree_content(toks, kept[-1][1], i0):
            # "ha firmato un ordine esecutivo per ritirare gli Stati Uniti dall'OMS": what a domestic
            # instrument orders is the act; signing it is no SUPPORT
            kept.pop()
            prev_type, prev_end = "", -10
        if complement_from >= 0 and (any((toks[k].text in (";", ":") or toks[k].text.lower() in breaks) and not _joins_quantities(toks, k)
                                         for k in range(complement_from, i0)) or _new_predicate(toks, i0, trig)):
            complement_from = -1
        if complement_from >= 0:
            if threats is not None and kept and kept[-1][2].type == "THREATEN":
                threats.append((m, kept[-1]))
            continue
        if _denial(toks, i0, trig):
            continue
        if lang == "en" and _en_attribute(toks, i0, i1, trig):
            continue
        if lang == "en" and _naming(toks, i0, trig):
            if toks[i0].text.lower() in ("called", "calling") and i0 + 1 < len(toks) and (
                    toks[i0 + 1].text.lower() in ("him", "her", "them") or toks[i0 + 1].text[:1].isupper()
                    or (toks[i0 + 1].text.lower() == "it" and i0 + 2 < len(toks) and toks[i0 + 2].text.lower() in ("a", "an"))) \
                    and not any(t.text.lower() in FRIENDLY for t in toks[i0 + 2:i0 + 8]):
                # "calling him a race-baiting politician": naming a party so is a disapproval
                trig = dataclasses.replace(trig, type="ACCUSE", mode="disapprove", cameo="111", weight=1.0)
                m, i1 = (i0, i0, trig, [i0]), i0
            else:
                continue
        if lang == "en" and kept and _own_earlier_relative(toks, i0):
            kept.append(m)  # "three Ukrainian navy vessels that it had seized a year earlier": the subject's earlier act
            continue
        if lang == "de" and trig.type == "CONCEDE" and toks[i0].text.lower() in DE_REFRAIN and any(
                nx[0] - i1 <= 4 for nx in matches[n + 1:]):
            continue  # "verzichtet auf eine Verurteilung": what is refrained from is coded, negated
        if lang == "en" and kept and _reason_phrase(toks, i0, trig):
            continue  # "..., retaliating for cuts to American diplomatic staff": why the act was done
        if lang == "en" and prev_type in ("SUPPORT", "AGREE") and trig.type == "AGREE" and toks[i0].text.lower().endswith("ing") \
                and toks[i0 - 1].text == "," and i0 - prev_end <= 12:
            complement_from = i1 + 1  # (and what is pledged)
            continue  # "signed a new friendship treaty in Aachen, pledging closer cooperation": what the treaty says
        if lang == "en" and prev_type in ("SUPPORT", "AGREE") and any(
                toks[k].text.lower() in EN_CONTENT_PARTICIPLES for k in range(prev_end + 1, min(i0 + 1, prev_end + 11))) \
                and not any(t.text in (";", ":", ".") for t in toks[prev_end + 1:i0]):
            # "signed a defence agreement with the United States giving American forces access to 15
            # military sites", "a pact allowing their forces to deploy": what the text grants is its
            # content (the tune gold codes "signed a reciprocal access agreement allowing ..." as the signing only)
            complement_from = i1 + 1
            continue
        if lang == "en" and kept and trig.pos == "noun" and trig.type in ("AGREE", "SUPPORT", "COOPERATE") and any(
                toks[k].text.lower() == "under" for k in range(max(0, i0 - 4), i0)) and all(
                t.text.lower() in ("the", "a", "an", "its", "their", "this", "that") or t.text[:1].isupper() or "-" in t.text
                for t in toks[next(k for k in range(i0 - 1, -1, -1) if toks[k].text.lower() == "under") + 1:i0]):
            continue  # "agreed to buy submarines from the United States under the AUKUS pact": the framework, no new pact
        if lang == "en" and kept and _angered_by(toks, i0):
            continue  # "Taiwan froze the hiring of Filipino workers, angered by the killing of a fisherman": the motive
        if lang == "en" and (kept or any(x[1] < i0 for x in matches[:n])) and _over_reason(toks, i0):
            continue  # "imposing it over Ankara's offensive in northern Syria": why the act was done
        if lang == "de" and _de_attribute(toks, i0, i1, trig):
            continue
        if not kept and (trig.pos == "noun" or (lang == "de" and toks[i0].text[:1].isupper())) and trig.type != "CONSULT" \
                and _fronted_background(toks, i0, matches[n + 1:]):
            continue  # "Dopo l'invasione dell'Ucraina, i baltici ...": the time of the main event
        if lang == "de" and trig.type != "CONSULT" and toks[i0].text[:1].isupper() and _after_prep(toks, i0, DE_BACKGROUND, adjectives=3) and any(
                nx[0] > i1 and not any(toks[k].text in (",", ";", ":") for k in range(i1 + 1, nx[0])) for nx in matches[n + 1:]):
            continue  # "hat Russland nach den Gefechten um Beistand ersucht", "Wegen eines Hackerangriffs hat ...": the occasion
        if lang == "de" and trig.pos == "noun" and n + 1 < len(matches):
            nxt = matches[n + 1]
            if (nxt[2].type in GOVERNING or (trig.type == "SANCTION" and nxt[2].type == "CONCEDE")) and nxt[2].pos == "verb" and nxt[0] - i1 <= 12 and not _after_prep(toks, i0, DE_SETTING_PREPS, adjectives=3) and not any(
                toks[k].text in (",", ";", ":") for k in range(i1 + 1, nxt[0])
            ):
                if threats is not None and nxt[2].type == "THREATEN":
                    threats.append((m, nxt))
                continue  # "hat Russland mit Strafzöllen gedroht": the content precedes the German verb
        if kept and (trig.pos == "noun" or toks[i0 - 1].text.lower() in ("the", "a", "an")) and i0 - prev_end <= 6 \
                and _is_light(kept[-1][2], toks[kept[-1][0]]):
            # "ha approvato un prestito", "a approuvé un prêt": the noun names the event
            kept.pop()
            prev_type = ""
        if prev_type == "SUPPORT" and trig.pos == "noun" and trig.type in ("AGREE", "COOPERATE") and i0 - prev_end <= 6 and not any(
            toks[k].text in (",", ";", ":") for k in range(prev_end + 1, i0)
        ):
            continue  # "ratified a sweeping agreement": the agreement is what was signed
        if prev_type in GOVERNING and trig.pos == "verb" and i0 - prev_end <= 2 and kept and any(
            toks[k].text.lower() in COMPLEMENTISERS | {"con", "with", "avec", "mit"} for k in range(kept[-1][0] + 1, prev_end + 1)
        ) and all(toks[k].text.lower() in COORD_WORDS or not toks[k].text.isalnum() or (lang == "en" and toks[k].text.lower().endswith("ly"))
                  for k in range(prev_end + 1, i0)):
            # 'amenazó con "destruir y arrasar"': the second verb is more of the threat's content (and
            # "agreed to strictly observe": a split infinitive)
            continue
        if prev_type and trig.pos == "verb" and toks[i0 - 1].text.lower() in SUBJECT_RELATIVES and (0 < i0 - prev_end <= 4 or (
                kept[-1][2].pos == "noun" and i0 - prev_end <= 8 and not any(toks[k].text in (",", ";", ":") for k in range(prev_end + 1, i0)))):
            # ("an attack on Abu Dhabi on Monday that set fuel trucks ablaze")
            continue  # "les sanctions qui frappaient la Syrie": a description of the earlier noun
        if prev_type in GOVERNING and i0 - prev_end <= 10 and (
            (any(toks[k].text.lower() in COMPLEMENTISERS for k in range(prev_end + 1, i0))
             # ("Con l'accordo di fase uno, Pechino si è impegnata": a new subject after the comma)
             and not (trig.pos == "verb" and kept and kept[-1][2].pos == "noun" and any(
                 toks[k].text == "," and k + 1 < i0 and toks[k + 1].text[:1].isupper() for k in range(prev_end + 1, i0)))
             and not _new_predicate(toks, i0, trig))
            or (trig.pos == "noun" and (lang == "de" or not any(toks[k].text in (",", ";", ":") for k in range(prev_end + 1, i0))))
        ) and not (lang == "de" and kept and _de_background_pp(toks, kept[-1][0])):
            # ("hat als Reaktion auf Trumps Drohungen Gegenzölle verhängt": a threat in a background
            # phrase governs nothing)
            if threats is not None and prev_type == "THREATEN" and kept:
                threats.append((m, kept[-1]))
            continue  # "ha chiesto ... il risarcimento", "agreed to allow aid": the governing event codes it
        between = [toks[k].text.lower() for k in range(prev_end + 1, i0)] if prev_type else []
        if prev_type and i0 - prev_end <= 15 and (trig.pos == "noun" or (i0 > 0 and toks[i0 - 1].text.lower() in POSSESSIVES)) \
                and _after_prep(toks, i0, NOUN_PREPS.get(lang, set()), adjectives=1 if trig.pos == "noun" else 0) and not any(
            w in CLAUSE_BREAK_BY_LANG.get(lang, CLAUSE_BREAK) for w in between
        ):
            continue  # "arrestato ... con l'accusa di spionaggio": a circumstance of the arrest
        if prev_type == trig.type and trig.pos == "noun" and i0 - prev_end <= 4 and _after_prep(
                toks, i0, LOCATIVE_PREPS.get(lang, set()) | NOUN_PREPS.get(lang, set()) | {"by", "da", "par", "por", "durch"}):
            continue  # "sono stati uccisi in un raid israeliano": the raid is how they were killed
        if prev_type == "CONCEDE" and trig.type == "SANCTION" and trig.pos == "noun" and i0 - prev_end <= 6:
            continue  # "a allégé les sanctions": the sanctions are what was lifted
        if prev_type and trig.pos == "verb" and 0 < i0 - prev_end <= 8 and _reduced_relative(toks, i0, lang):
            continue  # "ha rilasciato tre donne israeliane tenute in ostaggio": a description of the object
        if prev_type and trig.pos == "verb" and i0 > 0 and (toks[i0 - 1].text.lower() in PURPOSE or (
                prev_type == "PROTEST" and toks[i0 - 1].text.lower() == "to")) and i0 - prev_end <= 10:
            # "envió una unidad ... para ayudar", "sent jets to destroy": the purpose of the act;
            # "rallied in Yerevan to demand his resignation": what a protest demands is the protest
            if prev_type == "PROTEST" and trig.type in GOVERNING:
                complement_from = i1 + 1
            continue
        if prev_type and lang == "en" and i0 > 0 and toks[i0 - 1].text.lower() == "to" and toks[i0].text.lower() in ("help", "assist") \
                and i0 - prev_end <= 16:
            complement_from = i1 + 1  # "pledged 20 billion dollars to Bahrain to help ease unrest": the purpose
            if prev_type == "MOBILIZE":
                # "sent the aircraft carrier to the Philippines to help survivors", "deploying 1,000
                # soldiers to Mozambique to help fight an insurgency": forces sent to help are aid
                a0, a1, atrig, aidx = kept[-1]
                kept[-1] = (a0, a1, dataclasses.replace(atrig, type="AID", mode=None, cameo="072"), aidx)
                prev_type = "AID"
            continue
        distance = _time_distance(toks, i0)
        earlier_own_act = distance and lang == "en" and trig.pos == "verb" and toks[i0].text.lower().endswith("ing") \
            and toks[i0 - 1].text.lower() == "after"
        if prev_type and distance and not earlier_own_act:
            continue  # "ad appena un giorno dalla firma dell'accordo", "days after the signing": a date
        if prev_type and not earlier_own_act and _after_prep(toks, i0, TEMPORAL_PREPS, adjectives=2) and (
                trig.pos == "noun" or toks[i0 - 1].text.lower() in TEMPORAL_PREPS
                or (lang == "en" and toks[i0].text.lower().endswith("ing") and toks[i0 - 1].text.lower() not in TEMPORAL_PREPS)):
            # ("after the latest fighting between Israel and Hamas": a gerund used as a noun)
            # "dopo i colloqui di Gedda", "after the talks": background of the event; a clause with
            # its own subject ("after Azerbaijan launched an offensive") is an event of its own
            continue
        if kept and kept[-1][0] < i0 and i1 <= prev_end:
            continue  # "accusing Tehran of directing arson attacks": a word inside the longer trigger
        if prev_type == "SANCTION" and i0 - prev_end <= 16 and any(w in ("for", "per", "pour", "por", "wegen") for w in between) \
                and not any(w in (",", ";", ":") for w in between):
            continue  # "sentenced ... for theft and threatening murder": what the verdict was for
        if kept and i0 - prev_end <= 8 and not any(w in (",", ";", ":") for w in between) and (
                # "signed an agreement on Thursday to open a corridor", "a series of agreements on oil
                # exports": what an agreement provides is its content
                # (but a purchase or aid a deal is signed for is coded: "signed a deal to buy 26 Rafale jets")
                (prev_type in ("SUPPORT", "AGREE") and (trig.type not in ("COOPERATE", "AID") or trig.pos == "noun"
                                                        or (trig.type == "COOPERATE" and toks[i0].lemma not in PURCHASE))
                 and AGREEMENT_NOUN.search(toks[kept[-1][1]].text)
                 and any(w in ("to", "on", "for", "per", "su", "sur", "pour", "sobre", "para", "über", "zur", "zum") for w in between))
                # "to protest against American air strikes": what a protest is against is its topic
                or (prev_type == "PROTEST" and trig.pos == "noun" and any(w in AGAINST for w in between))
                # "did not travel to the BRICS summit": the summit is the meeting already coded
                or (prev_type == "CONSULT" and trig.type == "CONSULT" and trig.pos == "noun" and kept[-1][2].pos == "verb")):
            continue
        if prev_type == "ACCUSE" and i0 - prev_end <= 10 and (any(w in ACCUSED_OF for w in between) or (
                # "accused Chinese forces of beating fishermen and seizing their catch": a second act alleged
                lang == "en" and "and" in between and toks[i0].text.lower().endswith("ing") and trig.pos == "verb"
                and kept and kept[-1][1] < prev_end)) and not any(
                w in (",", ";", ":") or (w in CLAUSE_BREAK_BY_LANG.get(lang, CLAUSE_BREAK) and w != "and") for w in between) \
                and not _new_predicate(toks, i0, trig):
            prev_end = i1  # ("... attack that killed 140 people": a description of it in turn)
            continue  # "blamed Ukraine for the concert hall attack": what the accused is said to have done
        if prev_type and i0 - prev_end <= 6 and _after_prep(toks, i0, NOUN_PREPS.get(lang, set())) and not any(
            w in CLAUSE_BREAK_BY_LANG.get(lang, CLAUSE_BREAK) for w in between
        ) and not (trig.pos == "verb" and toks[i0 - 1].text[:1].isupper() and toks[i0 - 1].text.lower() not in NOUN_PREPS.get(lang, set())):
            continue  # (but "after Azerbaijan launched an offensive": a clause with its own subject)
        near = between[-8:]
        if prev_type and any(near[k] == "," and near[k + 1] in RELATIVES for k in range(len(near) - 1)) \
                and not (lang == "it" and _it_pair_relative(toks, kept[-1], i0)):
            continue  # ", che comprende un embargo", ", qui frappaient": a description, not a new event
        prev_end, prev_type = i1, trig.type
        kept.append(m)
        if trig.type in GOVERNING and i1 + 1 < len(toks) and any(
            toks[k].text.lower() in THAT and not any(t.text in (",", ";", ":") for t in toks[i1 + 1:k - 1])  # ("zugesichert, dass")
            for k in range(i1 + 1, min(len(toks), i1 + 8))  # "demanded on Friday that", "promised Alexander Lukashenko on Saturday that"
        ):
            complement_from = i1 + 1
        elif trig.type in GOVERNING and lang == "de" and i1 + 1 < len(toks) and toks[i1 + 1].text == "," and _de_zu_clause(toks, i1 + 2):
            # "hat gewarnt, US-Stützpunkte anzugreifen", "beschuldigt, ein Flugzeug abgeschossen zu
            # haben": the zu-infinitive after the comma is what was threatened or alleged
            complement_from = i1 + 1
        elif trig.type in GOVERNING and trig.pos == "verb" and not (lang == "it" and _it_fronted_perceived(toks, i0, i1)):
            # ("Sentendosi minacciata dall'afflusso di migranti, la Finlandia ha chiuso ...": the
            # agent phrase of a fronted perception has no infinitive content; the act after it is real)
            # "ha chiesto agli Stati Uniti di inviare ... per definire il ritiro": everything in the
            # infinitive complement is what was asked, threatened or promised
            for k in range(i1 + 1, min(len(toks), i1 + 9)):
                w = toks[k].text.lower()
                if w in (",", ";", ":") or w in breaks:
                    break
                if (w in INF_COMPLEMENTISERS or (w == "with" and trig.type == "THREATEN")) and k + 1 < len(toks) and toks[k + 1].text[:1].islower():
                    complement_from = k  # ("threatened Iran with the strongest sanctions in history")
                    break
    return kept


DENY = {"deny", "denied", "denies", "denying", "smentito", "smentisce", "smentiscono", "negato", "nega", "negano", "nié", "nie",
        "nient", "démenti", "dément", "démentent", "negó", "niega", "niegan", "negado", "desmintió", "desmiente", "bestritten",
        "bestreitet", "bestreiten", "bestritt", "dementiert", "dementierte"}  # fmt: skip


DENIED_CLAUSE = THAT | PERFECT_INFINITIVE  # "denied that ...", "denied having ...", "ha smentito di aver ..."


FRIENDLY = {"friend", "friends", "partner", "partners", "ally", "allies", "hero", "great", "good", "brother", "brothers", "model"}
MEMBERSHIP_AFTER = re.compile(r"\s+(?:membership|accession)\s+(?:talks|negotiations|bid|process)\s+with\b")
OFFER_CONDITION = re.compile(r"(?i)\b(?:asked|asks|requested|requests|invited|invites|wanted|consented|approved|approves|"
                             r"chiedesse|chiedessero|richiesta|demandait|demande|pidiera|pidiese|bitten|bittet|anfordert|zustimmt)\b")
DE_VIEW_VERBS = {"betrachtet", "betrachten", "betrachtete", "wertet", "werten", "wertete", "bezeichnet", "bezeichnen", "bezeichnete",
                 "empfindet", "empfinden", "sieht", "sehen", "sah", "versteht", "verstehen", "deutet", "deuten", "interpretiert",
                 # "Taiwan nimmt die chinesischen Manöver als Bedrohung wahr": the separable "wahrnehmen"
                 "nimmt", "nehmen", "nahm", "nahmen", "empfand", "empfanden", "bewertet", "bewerten", "bewertete", "gesehen",
                 "wahrgenommen", "empfunden", "betrachteten", "werteten", "bezeichneten",
                 # "Weil China den Besuch als Angriff ansieht": the separable "ansehen" closing a clause
                 "ansieht", "ansehen", "ansah", "ansahen", "angesehen", "einstuft", "einstufen", "eingestuft", "stuft", "stufte",
                 # "Die Manöver gelten in Taipeh als Einschüchterungsversuch"
                 "gilt", "gelten", "galt", "galten"}
def _de_background_pp(toks: list[Token], i0: int) -> bool:
    """Is the German act noun at i0 the head of a background phrase: "hat als Reaktion auf Trumps
    Drohungen Gegenzölle verhängt", "hat wegen der Kämpfe ...", "Seit dem russischen Angriff auf die
    Ukraine hat Polen ...", "Nach Trumps Drohungen hat Kolumbien ..."? The gold codes the reaction
    only; the act the phrase names is its reason or its time, not news of its own."""
    if not toks[i0].text[:1].isupper():
        return False
    k = i0 - 1
    while k >= 0 and i0 - k <= 5 and (toks[k].text.lower() in DE_DETERMINERS or toks[k].text[:1].islower() and toks[k].text.isalpha()
                                      and toks[k].text.lower() not in DE_PREPOSITIONS | DE_BACKGROUND_PREPS | {"angesichts"}
                                      or toks[k].text[:1].isupper() and toks[k].text.endswith("s") and k == i0 - 1):
        k -= 1  # articles, adjectives and a possessive name ("Trumps Drohungen")
    if k < 0:
        return False
    w = toks[k].text.lower()
    if w in ("wegen", "seit", "infolge", "aufgrund"):
        return True
    if w == "auf" and k >= 2 and toks[k - 1].text.lower() in ("reaktion", "antwort") and toks[k - 2].text.lower() in ("als", "in"):
        return True
    if w == "auf" and k >= 1 and toks[k - 1].text.lower().startswith("reagier"):
        return True  # "Japan reagiert auf Chinas Drohungen mit ...": what is reacted to
    if w == "angesichts" or w == "auf" and k >= 1 and toks[k - 1].text.lower() == "blick" \
            or w in ("lichte", "eindruck", "hintergrund") and k >= 1 and toks[k - 1].text.lower() in ("im", "dem"):
        return True  # "Im Lichte der chinesischen Manöver hat Japan ...", "mit Blick auf", "unter dem Eindruck"
    return w == "nach" and k == 0 and any(t.text.lower() in DE_FINITE for t in toks[i0 + 1:i0 + 8])


def _de_reaction_after_reason(toks: list[Token], i0: int, i1: int) -> bool:
    """Is the act the verb-final predicate of a main clause whose finite verb is followed by a reason
    phrase ("hat wegen der Bedrohung durch die PKK Luftangriffe im Nordirak geflogen", "hat aus Sorge
    vor einer Invasion seine Reservisten einberufen")?"""
    k = next((k for k in range(1, i0) if toks[k].text.lower() in ("wegen", "angesichts", "aufgrund", "infolge", "aus")
              and toks[k - 1].text.lower() in DE_FINITE), -1)
    if k < 0 or any(t.text in (",", ";", ":") for t in toks[k:i0]):
        return False
    if toks[k].text.lower() == "aus" and not (k + 1 < len(toks) and toks[k + 1].text.lower() in DE_FEAR_OF | DE_EMOTION_OF):
        return False
    j = i0 - 1
    while j > k and (toks[j].text.lower() in DE_DETERMINERS or toks[j].text[:1].islower() and toks[j].text.isalpha()
                     and toks[j].text.lower() not in DE_PREPOSITIONS):
        j -= 1
    if toks[j].text.lower() in DE_PREPOSITIONS | {"vor", "aus"}:
        return False  # the act inside the reason phrase ("aus Sorge vor einer Invasion")
    end = next((j for j in range(i1 + 1, len(toks)) if toks[j].text in (",", ";", ":", ".")), len(toks))
    last = toks[end - 1]
    return end - 1 >= i0 and last.text[:1].islower() and last.text.isalpha() and not toks[i0].text.lower().startswith(("bedroh", "droh"))


DE_AWAITING = {"erwartet", "erwarten", "erwartete", "erwarteten"}  # ("Weil Israel einen Angriff der Hisbollah erwartet, ...")
DE_BACKGROUND_PREPS = {"wegen", "seit", "infolge", "aufgrund", "nach", "auf"}
DE_NOUN_SUFFIXES = ("schaft", "ung", "heit", "keit", "tion", "tät", "ismus", "nahme", "zustand", "lage", "stufe")
DE_SAFETY = ("sorge", "angst", "furcht", "sicherheit", "kämpfe", "kampfhandlungen", "gefahr", "gefährlich", "eskalation",
             "einmarsch", "unruhen", "gewalt", "lage")
DE_NEUTRALITY = ("neutralität", "bündnisfreiheit", "blockfreiheit", "militärische zurückhaltung")
DE_APPEAL_BODIES = re.compile(r"(?i)^(?:die vereinten nationen|den (?:un-)?sicherheitsrat|den internationalen (?:gerichtshof|strafgerichtshof)"
                              r"|den igh|den istgh|die uno?|die welthandelsorganisation|die wto|das schiedsgericht)")


def _de_special_reading(toks: list[Token], i0: int, i1: int, trig: Trigger) -> Trigger | str | None:
    """German readings a lexicon pattern cannot express: "drop" for no event, a re-typed trigger, or
    None to keep the match. (Runs for every German trigger: each test is gated on its type first.)"""
    w = toks[i0].text.lower()
    if trig.type == "CONSULT" and w in ("reisen", "reise") and toks[i0 - 1].text.lower() in ("von", "vor"):
        clause_end = _clause_end(toks, i1)
        if any(t.text.lower().startswith(("ab", "gewarnt", "warnt")) for t in toks[i1 + 1:clause_end] + toks[max(0, i0 - 4):i0]):
            return "drop"  # "hat seinen Bürgern von Reisen nach Japan abgeraten": a trip advised against is not made
    if trig.type == "CONCEDE" and any(n in " ".join(t.text.lower() for t in toks[max(0, i0 - 4):i0]) for n in DE_NEUTRALITY):
        return "drop"  # "haben ihre Neutralität aufgegeben": a change of doctrine, conceded to no one
    if trig.type == "SANCTION":
        clause_end = _clause_end(toks, i1)
        if any(DE_MISSION.match(t.text.lower()) for t in toks[i0:i1 + 1]) and any(
                t.text.lower() in ("vorübergehend", "vorerst", "sicherheitsgründen", "evakuiert") for t in toks[max(0, i0 - 6):clause_end]):
            return "drop"  # "hat seine Botschaft in Teheran vorübergehend geschlossen": a safety closure, no sanction
        own_post = any((DE_MISSION.match(t.text.lower()) or DE_STAFF.match(t.text.lower())) and k > 0
                       and toks[k - 1].text.lower().startswith(("sein", "ihr"))
                       for k, t in enumerate(toks[max(0, i0 - 3):i1 + 1], max(0, i0 - 3)))
        if own_post and (any(t.text.lower().startswith(DE_SAFETY) for t in toks) or any(t.text == "Teil" for t in toks[max(0, i0 - 2):i1 + 1])):
            # "Wegen der Kämpfe haben die USA ihre Botschaft in Khartum geschlossen": its own staff's
            # safety ("zieht einen Teil seines Botschaftspersonals aus Kiew ab": a drawdown, not a break)
            return "drop"
    if trig.type in ("AGREE", "SUPPORT") and toks[i0].text[:1].isupper() and i0 == i1:
        k = i0 - 1
        while k >= 0 and (toks[k].text.lower() in DE_DETERMINERS or toks[k].text[:1].islower() and toks[k].text.isalpha()
                          and toks[k].text.lower() not in DE_PREPOSITIONS | {"per", "gemäß", "laut"}):
            k -= 1
        if k >= 0 and (toks[k].text.lower() in ("per", "gemäß", "laut", "unter") or toks[k].text.lower() in ("grundlage", "rahmen")
                       and k > 0 and toks[k - 1].text.lower() in ("auf", "im")):
            return "drop"  # "per Abkommen", "auf Grundlage eines Abkommens": the framework of the act, no new agreement
    if trig.type == "CONSULT" and w.startswith(("angerufen", "anrufen", "rief", "ruft")):
        k = next((k for k in range(max(0, i0 - 6), i0) if DE_APPEAL_BODIES.match(" ".join(t.text.lower() for t in toks[k:k + 4]))), -1)
        if k >= 0 or (w in ("rief", "ruft") and DE_APPEAL_BODIES.match(" ".join(t.text.lower() for t in toks[i0 + 1:i0 + 5]))):
            # "hat die Vereinten Nationen angerufen": an appeal to a body, not a phone call
            return dataclasses.replace(trig, type="REQUEST", mode=None, cameo="020")
    return None


# a state's mission abroad, and its staff ("seine Botschaft", "seines Botschaftspersonals")
DE_MISSION = re.compile(r"(?:botschaft|botschaften|(?:general)?konsulat\w*|vertretung\w*)$")
DE_STAFF = re.compile(r"(?:botschaftspersonal\w*|personal\w*)$")
DE_EASING = ("lockerung", "aufhebung", "rücknahme", "beendigung", "abbau", "erleichterung", "senkung")
DE_BARE_WEAPONS = {"rakete", "raketen", "marschflugkörper", "drohne", "drohnen", "granaten", "bomben"}
DE_VIEW_PHRASE = re.compile(r"\bnach (?:\w+ )?(?:ansicht|auffassung|meinung|überzeugung|lesart|wahrnehmung)\b|\baus (?:\w+ )?sicht\b")
DE_VIEW_INFINITIVES = {"werten", "betrachten", "ansehen", "einstufen", "bewerten", "auffassen", "verstehen", "empfinden", "begreifen"}
DE_VIEW_NOUNS = {"provokation", "bedrohung", "gefahr", "angriff", "aggression", "eskalation", "einmischung", "kriegserklärung",
                 "kriegsakt", "affront", "feindseligkeit", "sicherheitsrisiko", "herausforderung", "erpressung", "einschüchterung",
                 "einschüchterungsversuch", "drohgebärde", "drohkulisse", "machtdemonstration", "säbelrasseln", "vorwand", "probe",
                 "generalprobe", "test", "testlauf", "vorbereitung", "bedrohlich", "gefährlich", "aggressiv", "provokant",
                 "provokativ", "feindselig", "verletzung", "angriffe", "bedrohungen", "provokationen", "gefahren"}
DE_REFRAIN = {"verzichtet", "verzichten", "verzichtete", "verzichteten", "vermeidet", "vermeiden", "vermied", "vermieden",
              "unterlässt", "unterlassen", "unterließ"}
DID_SO = re.compile(r"\b(?:did|do|does|had done) (?:so|the same)\b|\bfollowed suit\b")
RECENT_UNITS = {"day", "days", "hour", "hours", "week", "weeks", "night", "nights"}
DE_THREATENING = {"droht", "drohen", "drohte", "drohten", "gedroht", "angedroht"}
DE_KEEPING = {"hält", "halten", "hielt", "hielten", "behält", "behalten", "behielt", "behielten"}


def _de_kept_open_or_nearly(toks: list[Token], i0: int, i1: int) -> Modality | None:
    """German: "Moskau hält sich einen Einsatz von Atomwaffen offen", "behält sich einen
    Militärschlag vor": an option kept, not an act (hypothetical); "hätte beinahe/fast einen
    NATO-Staat angegriffen": a near miss, the act did not happen (negated)."""
    k = next((k for k in range(i0 - 1, max(-1, i0 - 9), -1) if toks[k].text in (",", ";", ":")
              or toks[k].text.lower() in DE_KEEPING and k + 1 < len(toks) and toks[k + 1].text.lower() == "sich"), -1)
    if k >= 0 and toks[k].text.lower() in DE_KEEPING:
        for t in toks[i1 + 1:i1 + 7]:
            if t.text in (",", ";", ":"):
                break
            if t.text.lower() in ("offen", "vor"):
                return "hypothetical"
    # "Erdoğan drohte damit, die Beziehungen auszusetzen und den Botschafter abzuziehen": every
    # zu-infinitive a threat verb governs is threatened, not done
    if DE_ZU_INFINITIVE.match(toks[i1].text.lower()) or (i1 > 0 and toks[i1 - 1].text.lower() == "zu"):
        for k in range(i0 - 1, max(-1, i0 - 16), -1):
            if toks[k].text in (";", ":"):
                break
            if toks[k].text.lower() in DE_THREATENING and k + 1 < i0 and (toks[k + 1].text == "," or (
                    toks[k + 1].text.lower() == "damit" and k + 2 < i0 and toks[k + 2].text == ",")):
                return "hypothetical"
    # "hat mit Angriffen gedroht", "droht Schweden mit einem Veto": the act a threat is made with is
    # threatened, not done (the threat is coded on its verb)
    mit = next((k for k in range(i0 - 1, max(-1, i0 - 5), -1) if toks[k].text.lower() == "mit"), -1)
    if mit >= 0 and all(t.text.lower() in DE_DETERMINERS or t.text[:1].islower() and t.text.isalpha() for t in toks[mit + 1:i0]) and (
            any(t.text.lower() in DE_THREATENING for t in toks[i1 + 1:i1 + 5] if t.text not in (",", ";"))
            or any(t.text.lower() in DE_THREATENING for t in toks[max(0, mit - 6):mit])) \
            and not any(t.text in (",", ";", ":") for t in toks[max(0, mit - 6):min(len(toks), i1 + 5)]):
        return "hypothetical"
    if any(t.text.lower() in ("beinahe", "fast") for t in toks[max(0, i0 - 7):i0]) and any(
            t.text.lower() in ("hätte", "hätten", "wäre", "wären") for t in toks[max(0, i0 - 7):i0]):
        return "negated"
    return None


DE_CROWD = re.compile(r"(?i)\b(?:menschen|tausende|zehntausende|hunderttausende|hunderte|bürger\w*|studenten|einwohner|anhänger"
                      r"|demonstrant\w*|aktivist\w*|arbeiter\w*|frauen|jugendliche)\b")


def _de_diplomatic_protest(coded: dict[int, Event], events: list[Event], ments: list[Mention]) -> None:
    """German "China hat in Manila protestiert", "Japan hat bei China gegen ... protestiert": a
    government that protests lodges a complaint (ACCUSE, as the gold codes it), unlike the crowds
    that protest in the streets (PROTEST: "Tausende Pakistaner haben ... protestiert")."""
    for i, e in list(coded.items()):
        if e.type != "PROTEST" or not e.trigger.text.lower().startswith("protestier") or not e.actors:
            continue
        heads = [m for m in ments if any(m.start == a.start for a in e.actors)]
        crowd = DE_CROWD.search(e.sentence.text) is not None  # "Zehntausende Menschen haben in Istanbul ... protestiert"
        if heads and not crowd and all(m.kind in ("state", "organisation", "person") and m.source != "demonym" for m in heads):
            new = dataclasses.replace(e, type="ACCUSE", mode=None, cameo="111", goldstein=goldstein("111"), quad=quad_of("111"),
                                      plover_score=PLOVER_SCORE["ACCUSE"])
            if not new.recipients:
                # "hat bei Peking protestiert", "in Manila": the government the complaint is lodged with
                own = {a.code for a in new.actors}
                host = [m for m in ments if new.sentence.start <= m.start < e.trigger.start and m.code and len(m.code) == 3
                        and m.code not in own and m.kind in ("state", "place") and m.source != "demonym"
                        and re.search(r"\b(?:bei|in)\s+$", e.sentence.text[:m.start - new.sentence.start])]
                new.recipients = _refs(host[-1:])
            events[events.index(e)] = new
            coded[i] = new


DE_OTHERWISE = {"andernfalls", "anderenfalls", "ansonsten", "sonst"}


def _de_otherwise(toks: list[Token], coded: dict[int, Event], events: list[Event]) -> None:
    """German "X hat Y aufgefordert ...; andernfalls/sonst <consequence>": a demand with a penalty
    for refusing is a threat by X against Y (asserted, as "Sollte Y ..., werde X ..."), and what
    "andernfalls" announces is X's act against Y in that case (hypothetical; "andernfalls drohen
    Russland Sekundärzölle", "drohe eine Kürzung der Militärhilfe": the party named is the target)."""
    k = next((k for k in range(1, len(toks) - 1) if toks[k].text.lower() in DE_OTHERWISE
              and (toks[k - 1].text in (",", ";") or toks[k - 1].text.lower() == "und")), -1)
    if k < 0 or (toks[k].text.lower() == "sonst" and not toks[k + 1].text[:1].islower()):
        return
    cut = toks[k].start
    before = sorted((e for e in coded.values() if e.trigger.end <= cut), key=lambda e: e.trigger.start)
    demand = next((e for e in before if e.type in ("REQUEST", "THREATEN") and e.modality == "asserted" and e.actors and e.recipients), None)
    if demand is None:
        return
    for e in coded.values():
        if e.trigger.start < cut:
            continue
        e.actors, e.recipients = demand.actors, demand.recipients
        e.modality = "asserted" if e.type == "THREATEN" else "hypothetical"
    if demand.type == "THREATEN" and re.search(r"(?i)ultimatum|frist", demand.trigger.text):
        # "hat Moskau ein Ultimatum gestellt": a demand with a deadline, and the threat behind it
        events.append(dataclasses.replace(demand, id=content_id(f"{demand.id}|demand", "e"), type="REQUEST", mode=None, cameo="100",
                                          goldstein=goldstein("100"), quad=quad_of("100"), plover_score=PLOVER_SCORE["REQUEST"]))
    own = {a.code for a in demand.actors}
    if not any(e.type == "THREATEN" and e.modality == "asserted" and {a.code for a in e.actors} == own for e in coded.values()):
        events.append(_threat_of(demand, demand.recipients))


OWN_PEOPLE = re.compile(r"(?i)\b(?:its|their) (?:own )?(?:citizens|nationals|people|population)\b"
                        r"|\b(?:seine|ihre|die eigenen|alle) (?:eigenen )?(?:bürger|staatsbürger|staatsangehörigen|landsleute|bevölkerung|bürgerinnen und bürger)\b"
                        r"|\b(?:i )?(?:suoi|propri) (?:cittadini|connazionali)\b|\bses (?:propres )?(?:ressortissants|citoyens)\b"
                        r"|\bsus (?:propios )?(?:ciudadanos|nacionales|connacionales)\b")
def _own_people_addressed(text: str, e: Event, ments: list[Mention] | None = None) -> bool:
    """Is the request addressed to the requester's own people: the phrase right after the verb
    ("urged its citizens to leave") or between the German verb's parts, with no comma between
    ("hat seine Bürger aufgerufen", "ruft Frankreich seine Staatsbürger auf"), or "all" of the
    requester's nationals ("hat alle Deutschen aufgefordert", "urged all Americans to leave")?"""
    own = {a.code for a in e.actors if a.code}
    for d in ments or []:
        if d.source == "demonym" and d.code in own and re.search(r"(?i)\b(?:alle|all)\s+$", text[max(0, d.start - 6):d.start]) \
                and abs(d.start - e.trigger.start) <= 40 and "," not in (text[d.end:e.trigger.start] if d.end <= e.trigger.start
                                                                         else text[e.trigger.end:d.start]):
            return True
    for m in OWN_PEOPLE.finditer(text, max(e.sentence.start, e.trigger.start - 30), min(e.sentence.end, e.trigger.end + 24)):
        between = text[m.end():e.trigger.start] if m.end() <= e.trigger.start else text[e.trigger.end:m.start()]
        if "," not in between and len(between.split()) <= 3:
            return True
    return False


SIDELINES = re.compile(r"(?i)(?:sidelines of|margins of|a margine d\S*|en marge d\S*|al margen d\S*|am rande d\S*)(?:\s+|(?<=['’]))(?:the\s+)?(?:[\w-]+\s+){0,3}$")
def _not_ruled_out(lang: str, toks: list[Token], coded: dict[int, Event]) -> Event | None:
    """ "Trump schließt militärische Gewalt zur Übernahme Grönlands nicht aus", "Israel schließt einen
    Angriff nicht aus": a party that will not rule out its own use of force against another threatens
    it (the lexicons code the short forms, "non esclude l'uso della forza", as THREATEN 138)."""
    if any(e.type == "THREATEN" for e in coded.values()) or not (rxs := NOT_EXCLUDED.get(lang)):
        return None
    text = " ".join(t.text.lower() for t in toks)
    hit = next((m for rx in rxs if (m := rx.search(text)) is not None), None)
    if hit is None:
        return None
    # the act kept open is the one nearest the "nicht aus", not the case a condition names ("Für den
    # Fall eines chinesischen Angriffs auf Taiwan hat Takaichi ein Eingreifen nicht ausgeschlossen")
    pos = {i: len(" ".join(t.text.lower() for t in toks[:i])) for i in coded}
    cands = [i for i, e in coded.items() if e.type in ("ASSAULT", "COERCE") and e.modality == "hypothetical"]
    if not cands:
        return None
    act = coded[min(cands, key=lambda i: abs(pos[i] - hit.end()))]
    if not any(a.code for a in act.actors) or not any(r.code for r in act.recipients) \
            or {a.code for a in act.actors} & {r.code for r in act.recipients}:
        return None
    return _threat_of(act, act.recipients)


BACKGROUND_BEFORE = re.compile(r"(?i)\b(?:nach|seit) (?:dem|der|den)\s+$|\b(?:after|since) the\s+$|\b(?:dopo|da) (?:il|la|lo|l'|i|le)\s*$")
EN_HANDING_OVER = re.compile(r"(?i)^extradit")  # (the gold codes the deported or handed-over persons' state)
EN_ANGRY_OPENERS = {"angry", "angered", "furious", "outraged", "incensed", "enraged", "upset", "infuriated", "irked", "annoyed"}
EN_LAUNCH = re.compile(r"(?i)^(?:launch|fir(?:e|ed|es|ing)|test-fir|test)")
EN_TARGET_PREPS = {"at", "on", "into", "toward", "towards", "against", "across", "over"}


def _en_roles_refined(text: str, toks: list[Token], i: int, e: Event, coded: dict[int, Event], ments: list[Mention]) -> Event:
    """English readings of whom an act is aimed at that the clause rules miss."""
    k_end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
    own = {a.code for a in e.actors}
    if EN_HANDING_OVER.match(e.trigger.text):
        # "extradited Russian hacker Yevgeny Nikulin to the United States": the state the person is
        # handed to, not the person's nationality
        dest = next((m for m in ments if e.trigger.end < m.start < toks[k_end - 1].end and m.code and m.code not in own
                     and m.kind in ("state", "organisation", "place") and len(m.code) >= 2
                     and re.search(r"\bto\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start])), None)
        if dest is not None:
            return dataclasses.replace(e, recipients=_refs([dest]))
    if e.type in ("ACCUSE", "SANCTION") and re.search(r"(?i)\bits (?:ambassador|envoy|charg)", e.trigger.text):
        # "suspended trade talks with Israel and summoned its ambassador": the party of the act before
        # ("recalled its ambassador from Paris": the post it is recalled from says it)
        post = next((m for m in ments if e.trigger.end <= m.start <= e.trigger.end + 8 and m.code and m.code not in own
                     and re.match(r"\s*from\s+$", text[e.trigger.end:m.start])), None)
        prev = [o for j, o in coded.items() if j < i and o.recipients and any(r.code for r in o.recipients)]
        if post is not None:
            return dataclasses.replace(e, recipients=_refs([post]))
        if prev:
            return dataclasses.replace(e, recipients=prev[-1].recipients)
    if e.type == "CONCEDE" and "resign" in e.trigger.text.lower() and e.recipients:
        return dataclasses.replace(e, recipients=[])  # "announced his resignation ... from Riyadh": no one it is made to
    if e.type in ("PROTEST", "ACCUSE") and not e.recipients and toks and toks[0].text.lower() in EN_ANGRY_OPENERS:
        # "Angry at Japan's release of treated water, thousands of South Koreans rallied": the party
        # the fronted anger is about is the target
        comma = next((k for k, t in enumerate(toks) if t.text == ","), -1)
        if 0 < comma < i:
            target = next((m for m in ments if m.start < toks[comma].start and m.code and m.code not in own
                           and m.kind in ("state", "organisation", "person")), None)
            if target is not None:
                return dataclasses.replace(e, recipients=_refs([target]))
    f = next((k for k in range(max(0, i - 4), i) if toks[k].text.lower() in ("face", "faces", "faced", "facing")), -1)
    if f > 0 and e.type in ("SANCTION", "THREATEN", "ASSAULT", "COERCE") and e.actors and all(a.end <= toks[f].start for a in e.actors):
        # "Macron, Merz, Starmer and Tusk said ... that Russia would face massive sanctions if ...": who
        # faces the act undergoes it; the speakers who announce it would impose it
        said = next((k for k in range(f) if toks[k].text.lower() in ("said", "warned", "told", "stated", "declared", "announced")), -1)
        speakers = [m for m in ments if said > 0 and m.end <= toks[said].start and m.code and m.kind in ("state", "organisation", "person")
                    and m.code not in own]
        if speakers:
            return dataclasses.replace(e, actors=_refs(speakers), recipients=e.actors)
    clause_end = toks[k_end].start if k_end < len(toks) else len(text)
    if e.type == "ASSAULT" and not any(r.start < clause_end for r in e.recipients) and EN_LAUNCH.match(e.trigger.text) \
            and re.search(r"(?i)\b(?:missiles?|rockets?|icbms?)\b", " ".join(t.text for t in toks[i:min(len(toks), i + 6)])) \
            and not any(t.text.lower() in EN_TARGET_PREPS and not (t.text.lower() == "on" and (toks[j + 1].text.lower() in EN_WEEKDAY_WORDS or toks[j + 1].text in MONTHS_EN))
                        for j, t in enumerate(toks[i + 1:k_end - 1], i + 1)):
        # "North Korea launched a long-range rocket": a launch with no target is a show of force (a
        # test), as the gold codes it, not an attack
        # (", the South Korean military said": the speaker after the clause is no target)
        return dataclasses.replace(e, type="MOBILIZE", mode="weapons", cameo="150", goldstein=goldstein("150"), quad=quad_of("150"),
                                   plover_score=PLOVER_SCORE["MOBILIZE"], recipients=[])
    return e


APPOSITION_POSSESSIVES = {"his", "her", "their", "its", "sua", "suo", "loro", "sa", "son", "leur", "su", "sus",
                          "sein", "seine", "seinem", "seiner", "ihr", "ihre", "ihrem", "ihrer"}


def _restating_appositions(toks: list[Token], coded: dict[int, Event]) -> list[int]:
    """ "Sanchez met Xi Jinping in Beijing, his third visit to China in three years", "..., their
    first talks in a year": a noun phrase after a comma, opened by a possessive, names the meeting
    the sentence has already coded; it is no second event."""
    out = []
    for i, e in coded.items():
        if e.type != "CONSULT" or not toks[i].text.isalpha():
            continue
        k = next((k for k in range(i - 1, max(-1, i - 6), -1) if toks[k].text == ","), -1)
        if k < 0 or not any(t.text.lower() in APPOSITION_POSSESSIVES for t in toks[k + 1:k + 3]):
            continue
        if not all(t.text[:1].islower() or t.text.isdigit() for t in toks[k + 1:i]):
            continue
        if any(j < k and o.type == "CONSULT" and o is not e for j, o in coded.items()):
            out.append(i)
    return out


# Generic free relatives that open a statement: "Wer ein NATO-Land angreift, ...", "Whoever attacks
# Taiwan ...", "Chi attacca ...", "Quiconque ...", "Quien ataque ...". The act of such a clause is
# supposed, done by anyone who might do it.
FREE_RELATIVE_WORDS = {
    "de": {"wer"}, "en": {"whoever", "whosoever"}, "it": {"chi", "chiunque"}, "fr": {"quiconque"},
    "es": {"quien", "quienes", "quienquiera"},
}
# a pronoun or determiner with its relative word: "anyone who", "Jeder, der", "celui qui", "any
# country that", "cualquiera que", "todo aquel que"
FREE_RELATIVE_HEADS = {
    "de": ({"jeder", "jede", "jedes", "jeglicher"}, {"der", "die", "das", "welcher", "welche", "welches"}),
    "en": ({"anyone", "anybody", "any"}, {"who", "that", "which"}),
    "it": ({"qualsiasi", "qualunque", "ogni"}, {"che"}),
    "fr": ({"tout", "toute"}, {"qui"}),
    "es": ({"cualquiera", "cualquier", "todo", "toda"}, {"que", "quien"}),
}
LEAD_INS = {"dass", "that", "che", "que", "qu", ":", "«", '"', "„", "“"}
# a consequence told in the past ("Wer protestierte, wurde festgenommen", "Chi ha partecipato è stato
# arrestato") reports what happened to real people: no supposition
PAST_CONSEQUENCE = {"de": {"wurde", "wurden", "war", "waren", "hatte", "hatten"}, "en": {"was", "were", "had"},
                    "it": {"fu", "furono", "stato", "stati", "stata", "state"}, "fr": {"été", "fut", "furent", "était", "étaient"},
                    "es": {"fue", "fueron", "sido", "era", "eran"}}


def _free_relative_span(lang: str, toks: list[Token]) -> tuple[int, int]:
    """The token range of a generic free relative that opens the sentence or a reported clause
    ("Rutte warnte, dass wer ...", "said that whoever ..."), and the end of the clause it is
    subject of. (-1, -1) when there is none. A question ("Chi ha attaccato?") is no such clause."""
    if toks and toks[-1].text == "?":
        return -1, -1
    words, (heads, rels) = FREE_RELATIVE_WORDS.get(lang, set()), FREE_RELATIVE_HEADS.get(lang, (set(), set()))
    for k in range(min(len(toks), 12)):
        if k > 0 and toks[k - 1].text.lower().rstrip("'’") not in LEAD_INS:
            continue
        w = toks[k].text.lower()
        start = -1
        if w in words:
            start = k
        elif w in heads:
            # the relative word within three tokens ("Jeder, der", "any country that", "todo aquel que")
            j = next((j for j in range(k + 1, min(len(toks), k + 4)) if toks[j].text.lower().rstrip("'’") in rels), -1)
            if j > 0 and all(t.text == "," or t.text.isalpha() for t in toks[k + 1:j]):
                start = k
        if start < 0:
            continue
        if lang == "es" and w in ("quien", "quienes") and k > 0 and toks[k - 1].text.lower() not in (":", "«", '"', "“"):
            continue  # ("dijo que quien ..." is fine, but "Es él quien ..." is a cleft)
        # the relative clause ends at its first comma (German and most Romance text set one); the
        # clause it is subject of runs to the next comma
        commas = [j for j in range(start + 1, len(toks)) if toks[j].text in (",", ";")]
        first = commas[0] if commas else len(toks)
        if lang == "de" and w in heads and len(commas) > 1 and commas[0] == start + 1:
            first = commas[1]  # "Jeder, der ein Mitglied angreift, ...": the comma after "Jeder" opens it
        end = next((j for j in commas if j > first), len(toks))
        if any(t.text.lower() in PAST_CONSEQUENCE.get(lang, set()) for t in toks[start:end]):
            return -1, -1
        return start, end
    return -1, -1


def _free_relative(lang: str, toks: list[Token], coded: dict[int, Event], ments: list[Mention]) -> None:
    """ "Wer die Ukraine mit Waffen beliefert, wird zur Zielscheibe, drohte Medwedew", "Whoever attacks
    Taiwan will face a harsh response": the act of a generic free relative is supposed (hypothetical)
    and has no known actor; the parties named in it are those it would be aimed at. The clause it is
    the subject of says what would follow, supposed too. A closing ", drohte X" is the threat made."""
    start, end = _free_relative_span(lang, toks)
    if start < 0:
        return
    first = next((j for j in range(start + 1, end) if toks[j].text in (",", ";")
                  and not (lang == "de" and j == start + 1)), end)
    for i, e in coded.items():
        if not start <= i < end or e.type == "THREATEN" and i > first:
            continue
        e.modality = "hypothetical"
        if i < first:
            # the parties named in the relative clause are the act's targets, not its doers
            named = [m for m in ments if toks[start].end <= m.start < toks[first - 1].end and m.code
                     and m.kind in ("state", "organisation", "person") and m.source != "modifier"]
            # the doer is whoever would act: the relative word, with no code
            e.actors = [ActorRef(toks[start].text, toks[start].start, toks[start].end, None)]
            e.recipients = _refs(named) or e.recipients
    inside = {m.code for m in ments if toks[start].start <= m.start < toks[end - 1].end}
    for i, e in coded.items():
        if e.type != "THREATEN":
            continue
        if i > first:
            # the threat that closes it (", drohte Medwedew") is the speaker's, against whoever would act
            speaker = [m for m in ments if m.start >= e.trigger.end and m.code and m.kind in ("state", "organisation", "person")]
            if speaker:
                e.actors, e.recipients = _refs(speaker[:1]), []
        elif i < start:
            # "Rutte warned that anyone who attacked a NATO member ...": the member is not the one warned
            e.recipients = [r for r in e.recipients if r.code not in inside]


DE_RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"}
DE_PURCHASE_NOUNS = {"kauf", "ankauf", "erwerb", "verkauf", "kaufs", "erwerbs", "verkaufs"}


def _de_drop_deal_of_purchase(text: str, toks: list[Token], coded: dict[int, Event], events: list[Event]) -> None:
    """German: "hat mit Frankreich den Kauf von drei Radarsystemen vereinbart", "einen Vertrag über
    den Kauf von 26 Kampfjets unterzeichnet": the purchase agreed or signed is the act (COOPERATE
    062, coded on "Kauf"); the verb after it is no second agreement (the gold codes the deal once)."""
    bought = [e for i, e in coded.items() if e.type == "COOPERATE" and toks[i].text.lower() in DE_PURCHASE_NOUNS]
    for i, e in list(coded.items()):
        if e.type in ("AGREE", "SUPPORT") and toks[i].text[:1].islower() and any(
                b.trigger.end <= e.trigger.start and e.trigger.start - b.trigger.end <= 90 and b.modality == e.modality
                and not any(ch in text[b.trigger.end:e.trigger.start] for ch in ",;:") for b in bought):
            events.remove(e)
            del coded[i]


PURCHASE = {"buy", "purchase", "sell", "acquire", "procure", "comprare", "acquistare", "vendere", "acheter", "vendre", "comprar",
            "vender", "kaufen", "verkaufen", "erwerben", "beschaffen"}  # (what a deal is signed for is coded)
ORDER_VERBS = {"ordered", "orders", "order", "told", "tells", "forced", "gave", "instructed", "demanded"}
MEETING_DETS = {"a", "an", "the", "his", "her", "their"}
MEETING_NOUNS = {"visit", "visits", "meeting", "meetings", "talks", "call", "calls", "summit", "trip", "conversation", "negotiations"}
MEETING_PREPS = {"during", "at", "after", "in", "following"}


def _nominal_meeting(toks: list[Token], i0: int, i1: int, trig: Trigger) -> str:
    """A meeting named in a circumstance phrase that is an event of its own (English), not only
    the time of the main one, and how its parties are named: "by" ("during a visit to Belgrade by
    Emmanuel Macron"), "to" ("during his visit to Ulaanbaatar", "during a visit to Beirut"),
    "with" ("during talks with Sergei Shoigu"), "their" ("during their meeting at the White
    House"), "call" ("in a video call"), "host" ("during a White House visit") or "joint" ("agreed
    ... at talks in Istanbul"); "" when it is not one."""
    if trig.type != "CONSULT" or i0 < 2 or (trig.pos != "noun" and toks[i0].text.lower() not in MEETING_NOUNS):
        return ""  # ("after a Japanese prime minister last visited South Korea": a verb)
    k = i0 - 1  # (the lexicon's "visit" is a verb; after an article it is the noun)
    while k > 1 and toks[k].text.lower() not in MEETING_DETS | MEETING_PREPS and i0 - k <= 4 and (
            toks[k].text.replace("-", "").isalpha()):
        k -= 1  # ("during the first visit by a Chinese president", "in a two-hour phone call")
    det = toks[k].text.lower() if toks[k].text.lower() in MEETING_DETS else ""
    prep = toks[k - 1].text.lower() if det else toks[k].text.lower()
    if prep not in MEETING_PREPS or (prep == "in" and not det):
        return ""
    mods = toks[k + 1:i0]
    if any(t.text.lower() == "of" for t in mods):
        return ""  # "after nearly four years of negotiations": a time span
    np = []  # (from the noun on: a trigger may take in its preposition, "talks with", "talks ... on")
    for t in toks[i0 + 1:i0 + 13]:
        if t.text in (",", ";", ":", "."):
            break
        np.append(t)
    named = [j for j, t in enumerate(np) if j + 1 < len(np) and (np[j + 1].text[:1].isupper() or np[j + 1].text.lower() in ("a", "an", "the"))]
    heads = {t.text.lower() for t in toks[i0:min(i1, i0 + 2) + 1]}  # ("a video call", "talks")
    visit = trig.mode == "visit"
    if any(np[j].text == "by" for j in named):
        return "by"
    if visit and any(np[j].text == "to" and np[j + 1].text[:1].isupper() for j in named) and det in ("his", "her", "a", "an", "the"):
        return "to"
    if any(np[j].text == "with" for j in named) and not visit:
        return "with"
    if det == "their":
        return "their"
    if heads & {"call", "calls"} and det in ("a", "an"):
        return "call"
    if visit and det in ("a", "an") and any(t.text[:1].isupper() for t in mods):
        return "host"
    if not det and heads & {"talks", "negotiations"} and prep in ("at", "after"):
        return "joint"
    return ""


def _own_earlier_relative(toks: list[Token], i0: int) -> bool:
    """ "the vessels that it had seized", "the sanctions which they had imposed": a relative clause
    whose pronoun subject is the main clause's subject, in the pluperfect (an earlier act)."""
    return i0 >= 3 and toks[i0 - 1].text.lower() == "had" and toks[i0 - 2].text.lower() in ("it", "they") \
        and toks[i0 - 3].text.lower() in ("that", "which")


OVER_REASON_SKIP = {"the", "a", "an", "its", "their", "his", "her", "'s", "’s", "alleged", "reported", "suspected", "continued",
                    "recent", "latest", "growing", "military", "nuclear", "repeated", "renewed"}


ANGERED = {"angered", "incensed", "outraged", "infuriated", "enraged", "provoked", "prompted", "spurred"}


def _angered_by(toks: list[Token], i0: int) -> bool:
    """ "..., angered by the killing of a Taiwanese fisherman": a trailing participle clause that
    gives the motive of the act before it (a noun trigger a few words after ", angered by")."""
    for k in range(i0 - 1, max(0, i0 - 6), -1):
        if toks[k].text in (",", ";", ":"):
            return False
        if toks[k].text.lower() == "by" and k >= 2 and toks[k - 1].text.lower() in ANGERED and toks[k - 2].text == ",":
            return True
    return False


def _over_reason(toks: list[Token], i0: int) -> bool:
    """ "cut them over Doha's alleged support for terrorism", "imposed in 2016 over a crackdown on
    the opposition", "..., over their criticism of Maduro's re-election": after an act, "over" + a
    noun phrase gives its reason, not a second event (an "over" before a comma is a particle and
    opens nothing: "could spill over, Chad closed ...")."""
    for k in range(i0 - 1, max(-1, i0 - 6), -1):
        w = toks[k].text.lower()
        if w == "over":
            return k > 0
        if not (w in OVER_REASON_SKIP or (toks[k].text[:1].isupper() and toks[k].text.isalpha() and k + 1 < i0
                                          and toks[k + 1].text in ("'s", "’s"))):
            return False
    return False


def _refused_objects(coded: dict[int, Event], found: list[Match]) -> set[int]:
    """ "Armenia will not host military exercises of the CSTO": a cooperative act that will not
    happen is a REJECT, and a noun trigger right after it ("exercises") is what is refused, no
    negated event of its own."""
    at = {m[0]: m for m in found}
    out: set[int] = set()
    for i, e in coded.items():
        if e.type != "REJECT" or i not in at or at[i][2].type == "REJECT":
            continue
        out.update(j for j, f in coded.items() if j > i and j in at and at[j][2].pos == "noun" and f.modality == "negated"
                   and j - at[i][1] <= 3)
    return out


def _en_reduced_passive(toks: list[Token], i0: int, i1: int, trig: Trigger, ments: list[Mention]) -> bool:
    """ "the sanctions imposed on its officials by China": a noun with a participle whose "by"
    agent comes after the "on" phrase of the target is a passive too."""
    if trig.pos != "verb" or i1 <= i0 or not toks[i1].text.lower().endswith("ed") or i1 + 1 >= len(toks) \
            or toks[i1 + 1].text.lower() not in ("on", "against") \
            or any(t.lemma in STOPPERS or t.text.lower() in STOPPERS for t in toks[max(0, i0 - 3):i0]):
        return False  # ("lifted the sanctions imposed on X by Y": the lifting is the act coded)
    for k in range(i1 + 2, min(len(toks), i1 + 8)):
        w = toks[k].text.lower()
        if w in (",", ";", ":", "and", "that", "which"):
            return False
        if w == "by":
            return any(0 <= m.start - toks[k].end <= 12 for m in ments)
    return False


SAID_WORDS = {"said", "says", "warned", "warns", "told", "announced", "declared", "stated"}


def _said_could(toks: list[Token], e: Event) -> bool:
    """ "said (that) Turkey could <act>": "could/might" right before the trigger, in the complement
    of a say-verb of the same clause."""
    k0 = next((k for k, t in enumerate(toks) if t.start >= e.trigger.start), -1)
    if k0 < 2 or not any(t.text.lower() in ("could", "might") for t in toks[max(0, k0 - 2):k0]):
        return False
    for k in range(k0 - 1, max(-1, k0 - 10), -1):
        w = toks[k].text.lower()
        if w in (",", ";", ":", "if", "unless", "should"):
            return False
        if w in SAID_WORDS:
            return True
    return False


def _threat_contents(text: str, coded: dict[int, Event], found: list[Match], toks: list[Token], lex: Lexicon,
                     blocked: frozenset[int]) -> list[Event]:
    """ "threatened to cut off aid to Honduras unless ...", "threatened Iraq with sanctions if ...":
    when the lexicon reads the whole threat as one trigger, the threatened act inside it is coded
    too, hypothetical and between the same parties, as for a threat whose content is a trigger of
    its own."""
    at = {m[0]: m for m in found}
    out: list[Event] = []
    hostile = ("SANCTION", "ASSAULT", "COERCE")
    if any(e.type in hostile and e.modality == "hypothetical" for e in coded.values()):
        return out
    for i, e in coded.items():
        if e.type != "THREATEN" or e.modality != "asserted" or i not in at or at[i][1] - i < 2 or not toks[i].text.lower().startswith(("threat", "minacc")):
            continue  # (only "threatened ...": "vowed to fight to the end should ..." is a figure of speech)
        inner = lex.match(toks[i + 1:at[i][1] + 1], frozenset(k - i - 1 for k in blocked if i < k <= at[i][1]))
        hit = next((m for m in inner if m[2].type in hostile), None)
        if hit is None:
            continue
        act, a, b = hit[2], toks[i + 1 + hit[0]].start, toks[i + 1 + hit[1]].end
        cameo = act.cameo or "160"
        out.append(dataclasses.replace(e, id=content_id(f"{e.id}|content", "e"), type=act.type, mode=act.mode, cameo=cameo,
                                       goldstein=goldstein(cameo), quad=quad_of(cameo), plover_score=PLOVER_SCORE[act.type],
                                       modality="hypothetical", trigger=Span(a, b, text[a:b])))
    return out


SWAP = re.compile(r"[^.;]{0,80}?\bin exchange for\b")  # (not "in a swap for migrants deported to El Salvador": a third state held them)
AIMING = {"hoping", "seeking", "aiming"}
DRAWING = {"drawing", "drew", "prompting", "prompted", "triggering", "triggered", "sparking", "sparked", "provoking", "provoked"}


def _drawn_from(toks: list[Token], i0: int, i1: int) -> bool:
    """ "drawing (an angry) condemnation|response|protests from X": a reaction the main act drew."""
    if not any(toks[k].text.lower() == "from" for k in range(i1 + 1, min(len(toks), i1 + 3))):
        return False
    for k in range(i0 - 1, max(-1, i0 - 5), -1):
        w = toks[k].text.lower()
        if w in DRAWING:
            return True
        if not (w in ("a", "an", "the", "sharp", "angry", "strong", "swift", "fierce", "furious", "international", "widespread")
                or (toks[k].text.isalpha() and toks[k].text.islower() and k == i0 - 1)):
            return False
    return False


WOULD = {"would", "will", "'ll"}


def _said_would_if(doc: Doc, toks: list[Token], coded: dict[int, Event], inside: set[int]) -> list[Event] | None:
    """The THREATEN of "<speaker> said <own side> would <act> if <other party> <hostile act>" when
    only the condition's act was found: from the reported subject (or the speaker) to the actor of
    the condition; an attack answers an attack ("would join Russia's war if Ukrainian troops
    attacked"), so with an ASSAULT condition the answer is an ASSAULT too, hypothetical."""
    first = min(inside)
    k_if = _condition_opener(toks, first, "en")
    if k_if < 3 or toks[k_if].text.lower() not in ("if", "unless"):
        return None
    head = toks[:k_if]
    k_said = next((k for k, t in enumerate(head) if t.text.lower() in SAID_WORDS), -1)
    k_would = next((k for k in range(len(head) - 1, -1, -1) if head[k].text.lower() in WOULD), -1)
    if k_said < 0 or k_would < k_said or any(t.text in (",", ";", ":") for t in head[k_said:]):
        return None
    cond = coded[first]
    deterred = {a.code for a in cond.actors if a.code}
    if not deterred or (cond.type not in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN")
                        and toks[k_if].text.lower() != "unless"):
        return None
    if OFFER_CONDITION.search(doc.text, toks[k_if].end, cond.sentence.end):
        return None  # ("if the Tripoli government asked for them": an offer)
    ms = [m for m in doc.mentions if cond.sentence.start <= m.start and m.end <= toks[k_would].start and m.code
          and m.kind in ("state", "organisation", "person", "role") and m.source not in ("modifier", "title")]
    subj = [m for m in ms if m.start >= toks[k_said].end][-1:] or [m for m in ms if m.end <= toks[k_said].start][-1:]
    if not subj or subj[0].code in deterred:
        return None
    # (its target is the one the main clause names, "would turn Beirut ... into Gaza", else the deterred)
    named = [m for m in doc.mentions if toks[k_would].end <= m.start and m.end <= toks[k_if].start and m.code and len(m.code) == 3
             and m.code != subj[0].code and (m.kind in ("state", "organisation", "person") or m.kind == "place" or m.source == "capital")
             and not doc.text.startswith(("'s", "’s"), m.end)][:1]  # (not "would join Russia's war")
    answer = dataclasses.replace(cond, id=content_id(f"{cond.id}|answer", "e"), actors=_refs(subj), recipients=_refs(named) or cond.actors)
    return [_threat_of(answer, cond.actors)] + ([answer] if cond.type == "ASSAULT" else [])


DECIDING = {"decided", "decides", "decide", "chose", "chooses", "opted", "opts", "voted", "votes"}
SUMMIT_NOUNS = {"summit", "meeting", "conference", "talks", "gathering"}


def _for_summit(toks: list[Token], i1: int, sent_ments: list[Mention]) -> Mention | None:
    """The organisation of "... for the G20 summit" right after a travel or meeting trigger."""
    for k in range(i1 + 1, min(len(toks) - 2, i1 + 6)):
        if toks[k].text in (",", ";", ":"):
            return None
        if toks[k].text.lower() == "for" and toks[k + 1].text.lower() == "the":
            end = next((j for j in range(k + 2, min(len(toks), k + 6)) if toks[j].text.lower() in SUMMIT_NOUNS), -1)
            if end < 0:
                return None
            return next((m for m in sent_ments if toks[k + 2].start <= m.start and m.end <= toks[end].start
                         and m.kind == "organisation" and m.code), None)
    return None


def _en_orderer(toks: list[Token], i0: int, sent_ments: list[Mention]) -> Mention | None:
    """The subject of "ordered|told <troops> to <act>" a few words before the infinitive."""
    for k in range(i0 - 2, max(-1, i0 - 9), -1):
        w = toks[k].text.lower()
        if w in (",", ";", ":"):
            return None
        if w in ("ordered", "orders", "instructed", "told"):
            start = max((toks[j].end for j in range(k) if toks[j].text in (",", ";", ":")), default=0)
            cands = [m for m in sent_ments if start <= m.start and m.end <= toks[k].start and m.code
                     and m.kind in ("state", "organisation", "person", "role") and m.source not in ("modifier", "title")]
            return cands[-1] if cands else None
    return None


def _reason_phrase(toks: list[Token], i0: int, trig: Trigger) -> bool:
    """ "in retaliation for the expulsion of eight diplomats", "retaliating for cuts to staff",
    "in response to the sanctions": the phrase gives the reason of the act before it (and
    "in retaliation" itself is no threat)."""
    low = toks[i0].text.lower()
    if low in ("retaliation", "response") and i0 > 0 and toks[i0 - 1].text.lower() == "in":
        return True
    if trig.pos != "noun" and not (i0 > 0 and toks[i0 - 1].text.lower() in ARTICLE_WORDS | {"for", "to"}):
        return False  # (a verb form after "for" is a noun: "retaliating for cuts")
    k = i0 - 1
    while k > 0 and i0 - k <= 4 and toks[k].text.lower() not in ("for", "to"):
        k -= 1
    return k > 0 and toks[k].text.lower() in ("for", "to") and toks[k - 1].text.lower() in (
        "retaliation", "retaliating", "response", "responding", "reprisal", "revenge", "return", "exchange")


def _naming(toks: list[Token], i0: int, trig: Trigger) -> bool:
    """ "calling him a race-baiting politician", "what New Delhi called a training camp": "call"
    that names something is no phone call."""
    if trig.type != "CONSULT" or toks[i0].text.lower() not in ("call", "calls", "called", "calling"):
        return False
    if i0 >= 1 and "what" in (t.text.lower() for t in toks[max(0, i0 - 4):i0]):
        return True
    k = i0 + 1
    if k < len(toks) and toks[k].text.lower() in ("him", "her", "it", "them", "this", "that"):
        k += 1
    elif k < len(toks) and toks[k].text.lower() == "the":
        k += 1
        while k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].text.lower() not in ("a", "an") and k - i0 <= 4:
            k += 1
    else:
        while k < len(toks) and toks[k].text[:1].isupper() and k - i0 <= 4:
            k += 1
    return k > i0 + 1 and k < len(toks) and toks[k].text.lower() in ("a", "an")


def _threat_of(e: Event, recipients: list[ActorRef]) -> Event:
    """The threat (asserted) of a hostile act announced under a condition or in a warning."""
    cameo = "138" if e.type in ("ASSAULT", "MOBILIZE") else "130"
    return Event(
        id=content_id(f"{e.id}|threat", "e"), article_id=e.article_id, type="THREATEN", mode=None, cameo=cameo,
        goldstein=goldstein(cameo), quad=quad_of(cameo), plover_score=PLOVER_SCORE["THREATEN"], actors=e.actors,
        recipients=recipients, trigger=e.trigger, sentence=e.sentence, date=e.date, modality="asserted",
        contexts=e.contexts, confidence=e.confidence * 0.8, backend=e.backend, codebook=e.codebook,
        kb_version=e.kb_version, lang=e.lang,
    )


def _denial(toks: list[Token], i0: int, trig: Trigger) -> bool:
    """ "denied on Monday that Tehran had supplied drones": the denial verb is no refusal; what
    it denies is coded, negated."""
    if trig.type == "REJECT" and toks[i0].text.lower() in DENY and i0 + 1 < len(toks) and toks[i0 + 1].text == "," \
            and _de_zu_clause(toks, i0 + 2):
        return True  # "Moskau bestreitet, Waffen aus Nordkorea erhalten zu haben"
    return trig.type == "REJECT" and toks[i0].text.lower() in DENY and any(
        t.text.lower().rstrip("'’") in DENIED_CLAUSE for t in toks[i0 + 1:i0 + 8]) and not any(t.text in (";", ":") for t in toks[i0 + 1:i0 + 8])


EN_ATTRIBUTE_BEFORE = {"the", "of", "its", "their", "his", "her", "these", "those", "newly", "over", "about", "for", "against", "with", "on"}
EN_FUNCTION_AFTER = {"the", "a", "an", "in", "on", "at", "to", "from", "with", "for", "by", "of", "into", "through", "across",
                     "against", "over", "after", "before", "during", "and", "or", "as", "their", "its", "his", "her", "that"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds",
                "thousands", "several", "many", "some", "all", "other"}
AGREEMENT_NOUN = re.compile(r"(?i)^(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|protocols?|accordi?|intesa|accords?|acuerdos?|"
                            r"tratados?|abkommens?|vereinbarung(?:en)?|vertrag|verträge)$")
AGENT_NOUNS = {"flotilla", "ship", "ships", "vessel", "worker", "workers", "agency", "agencies", "group", "groups", "organisation", "organisations", "organization",
               "organizations", "official", "officials", "chief", "ministry", "minister", "envoy"}


def _en_attribute(toks: list[Token], i0: int, i1: int, trig: Trigger) -> bool:
    """An English trigger that only describes a noun: a participle used as an adjective ("the
    profits of frozen Russian assets", "the occupied territories") or a noun naming who works in
    a field ("aid worker", "aid agencies")."""
    w = toks[i0].text.lower()
    if trig.pos == "verb" and i0 > 0 and w.endswith(("ed", "en")) and (toks[i0 - 1].text.lower() in EN_ATTRIBUTE_BEFORE or (
            # ("six jailed American oil executives"; but "thousands marched in", "20 admitted the")
            (toks[i0 - 1].text.isdigit() or toks[i0 - 1].text.lower() in NUMBER_WORDS) and i1 + 1 < len(toks)
            and toks[i1 + 1].text.isalpha() and toks[i1 + 1].text.lower() not in EN_FUNCTION_AFTER)):
        return True
    # ("a Philippine supply vessel": a verb-like word inside a noun compound, too)
    return (trig.pos == "noun" or (i0 == i1 and i0 > 0 and (toks[i0 - 1].text.lower() in ("a", "an", "the") or toks[i0 - 1].text[:1].isupper()))) \
        and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in AGENT_NOUNS


DE_INFLECTED_PARTICIPLE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+iert)(?:e|en|er|em|es)$")


def _de_attribute(toks: list[Token], i0: int, i1: int, trig: Trigger) -> bool:
    """A German participle inflected before its noun ("abgeschobene Venezolaner", "aller
    getöteten Geiseln", "sanktionierter russischer Waren") describes it: no act."""
    if trig.pos != "verb" or i0 != i1 or not DE_INFLECTED_PARTICIPLE.match(toks[i0].text) or i0 + 1 >= len(toks):
        return False
    nxt = toks[i0 + 1].text
    if nxt[:1].isupper():
        return True
    return (nxt.lower() not in DE_DETERMINERS and nxt.endswith(("e", "en", "er", "em", "es")) and i0 + 2 < len(toks)
            and toks[i0 + 2].text[:1].isupper())


SINCE_WORDS = {"since", "after", "dacché", "depuis", "desde", "seit", "seitdem", "nachdem", "when", "quando", "lorsque", "cuando", "als"}


def _since_clause(toks: list[Token], i0: int) -> bool:
    """Is the verb at i0 in a clause opened by "since/after/when" a few words before it?"""
    for k in range(i0 - 1, max(-1, i0 - 6), -1):
        w = toks[k].text.lower()
        if w in (",", ";", ":"):
            return False
        if w in SINCE_WORDS:
            return True
    return False


def _clause_end(toks: list[Token], i1: int) -> int:
    return next((k for k in range(i1 + 1, len(toks)) if toks[k].text in (",", ";", ":", ".")), len(toks))


DE_ATTRIBUTIVE_FEAR = re.compile(r"\b(?:von|vom|durch)\s+([^,;:]{2,60}?)\s+(?:bedroht|provoziert|gefährdet|eingekreist|erpresst|eingeschüchtert)"
                                 r"(?:e|en|er|es)?(?:\s+(?:fühlende|fühlenden|fühlender|sehende|sehenden|sehender))?(?:\s+[a-zäöü]\w*){0,2}\s+[A-ZÄÖÜ]")
DE_GENERIC_PARTIES = {"länder", "staaten", "firmen", "unternehmen", "banken", "regierungen", "personen", "akteure", "drittstaaten",
                      "drittländer", "schiffe", "reedereien"}
EN_VENUE_BEFORE = re.compile(r"(?i)\b(?:at|during|on the sidelines of|after)\s+(?:their|its|the|a)\s+$")
EN_VENUE_AFTER = re.compile(r"(?i)\s+(?:summit|meeting|conference|talks|forum)\b")
JOINT_EXERCISE = re.compile(r"(?i)manöver|übung|exercise|drill|war.?game|manoeuv|maneuv|esercitazion|manovr|exercice|ejercicio|maniobra")
DE_TRAILING_REASONS = {"weil", "da", "denn", "zumal", "nachdem", "obwohl", "obgleich", "wenngleich", "damit"}
DE_MORE_SUBORDINATORS = {"damit", "wenngleich", "obgleich", "obschon", "sofern", "solange", "ehe", "zumal", "bis"}
DE_FOCUS_BEFORE_IF = {"auch", "selbst", "sogar", "erst", "nur", "gerade"}


def _de_fronted_subordinate(sent_toks: list[Token]) -> bool:
    """Does a German sentence open with a subordinate clause the generic list lacks: "Damit Russland
    ... nicht angreifen kann, fordert Kiew ...", "Wenngleich ...", "Auch wenn / Selbst wenn ..."? Its
    parties take no part in the main clause after its comma. ("Damit hat Russland ...", with the
    finite verb at once, is the adverb.)"""
    if len(sent_toks) < 4:
        return False
    w0, w1 = sent_toks[0].text.lower(), sent_toks[1].text.lower()
    if w0 in DE_MORE_SUBORDINATORS:
        return w1 not in DE_FINITE and sent_toks[1].text[:1].isupper()  # (a subject next: "Damit Iran ...")
    return w0 in DE_FOCUS_BEFORE_IF and w1 in ("wenn", "falls", "nachdem", "weil", "bevor")


DE_PAST_AUX = {"hatte", "hatten", "war", "waren", "wurde", "wurden"}
DE_NO_INTENT = re.compile(r"(?i)^(?:(?:denkt|denke|denken|dachte|dachten) nicht daran|(?:ist|sei|sind|seien|war|waren) nicht bereit"
                          r"|(?:hat|habe|haben|hatte|hatten) nicht vor|(?:hat|habe|haben|hatte|hatten) (?:keine|nicht die) absicht"
                          r"|(?:weigert|weigere|weigern|weigerte|weigerten) sich)$")


def _de_no_intent(toks: list[Token], i0: int) -> int:
    """The comma after a German refusal of intent ("denkt nicht daran, ...", "ist nicht bereit, ...",
    "hat nicht vor, ...", "weigert sich, ...") that opens the clause of the act at i0, or -1."""
    k = max((j for j in range(i0) if toks[j].text in (",", ";", ":")), default=-1)
    if k < 2 or toks[k].text != ",":
        return -1
    for n in (2, 3, 4):
        if k - n >= 0 and DE_NO_INTENT.match(" ".join(t.text for t in toks[k - n:k])):
            return k
    return -1


DE_WARN_FORMS = {"warnt", "warnen", "warnte", "warnten", "gewarnt"}
DE_WARNING_VERBS = DE_WARN_FORMS | {"mahnt", "mahnte", "ermahnt", "ermahnte", "ermahnten"}


def _de_warned_against(toks: list[Token], coded: dict[int, Event], ments: list[Mention]) -> None:
    """ "Blinken warnte Wang Yi davor, Russland Waffen zu liefern", "Die USA haben China davor
    gewarnt, Taiwan anzugreifen": the act warned against would be the warned party's, against the
    party named in the infinitive clause (the warner and the warned are the threat's parties)."""
    for k in range(2, len(toks) - 2):
        if toks[k].text.lower() not in ("davor", "dagegen"):
            continue
        comma = k + 1 if toks[k + 1].text == "," else k + 2 if toks[k + 1].text.lower() in DE_WARNING_VERBS and toks[k + 2].text == "," else -1
        if comma < 0 or not any(t.text.lower() in DE_WARNING_VERBS for t in toks[max(0, k - 8):comma]):
            continue
        start = _clause_begin(toks, k)
        parties = [m for m in ments if toks[start].start <= m.start and m.end <= toks[k].start and m.code
                   and m.kind in ("state", "organisation", "person", "role") and m.source not in ("modifier", "title")]
        if len(parties) < 2:
            continue  # "Die Nato warnt davor, ...": no one warned is named
        warned = parties[-1]
        end = _clause_end(toks, comma)
        for i, e in coded.items():
            if comma < i < end and e.type != "THREATEN" and e.modality != "asserted":
                inside = [m for m in ments if toks[comma].end <= m.start < toks[end - 1].end and m.code and m.code != warned.code
                          and m.kind in ("state", "organisation", "person", "role") and m.source not in ("modifier", "title")]
                e.actors = [ActorRef.from_mention(warned)]
                e.recipients = [ActorRef.from_mention(m) for m in inside[:1]]


def _de_fronted_cause_subject(toks: list[Token], sent_start: int, at: int, ments: list[Mention]) -> Mention | None:
    """ "Weil Israel mit einem Angriff der Hisbollah rechnet, hat die Armee Reservisten einberufen",
    "Da Taiwan eine Invasion nicht ausschließt, hat die Regierung ...": the party whose fear or
    reason a fronted weil/da-clause states is the one whose army or government reacts after it.
    The clause's subject is its first party not behind a preposition (no demonym: "eine chinesische
    Invasion" names the feared side)."""
    sent = [t for t in toks if t.start >= sent_start]
    if len(sent) < 4 or sent[0].text.lower() not in ("weil", "da"):
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or at < comma.end:
        return None
    first = next((m for m in ments if sent[0].end <= m.start < comma.start), None)
    if first is None or not first.code or first.source == "demonym" or first.kind not in ("state", "organisation"):
        return None
    return first if first.start - sent[0].end <= 1 else None  # (right after the opener: its subject)


def _clause_begin(toks: list[Token], i0: int) -> int:
    return max((k + 1 for k in range(i0) if toks[k].text in (",", ";", ":")), default=0)


# what an English pronoun object stands for when it takes up the main clause's object
# ("restored relations with Kenya, five months after severing them")
ANTECEDENT_NOUNS = {"relations", "ties", "sanctions", "embargo", "embargoes", "tariffs", "tariff", "duties", "talks",
                    "negotiations", "ban", "bans", "blockade", "border", "borders", "embassy", "consulate", "airspace",
                    "troops", "forces", "agreement", "deal", "treaty", "accord", "pact", "restrictions", "curbs"}
EN_OBJECT_IT = {"it", "them"}
EN_PRONOUN_SUBJECTS = {"it", "they"}


def _with_pronoun_objects(found: list[Match], toks: list[Token], lex: Lexicon, blocked: frozenset[int]) -> list[Match]:
    """English background clauses that take up the main clause's object with a pronoun: "five
    months after severing them", "three years after imposing it", "the sanctions on Burundi that
    it had imposed in 2016". The verb alone is no trigger ("severing"); read with the noun it
    stands for ("severing relations") it is the earlier act, coded historical by the usual cues.
    Only matches that need the stand-in are added, with the stand-in left out of the trigger."""
    out = list(found)
    taken = {k for m in found for k in range(m[0], m[1] + 1)}
    for p, t in enumerate(toks):
        low = t.text.lower()
        rel = p > 0 and low in EN_PRONOUN_SUBJECTS and p + 2 < len(toks) and toks[p - 1].text.lower() in ("that", "which") \
            and toks[p + 1].text.lower() == "had" and toks[p + 2].text.lower().endswith("ed")
        obj = p > 1 and low in EN_OBJECT_IT and toks[p - 1].text.isalpha() and toks[p - 1].text.lower() not in EN_NOT_PARTICIPLE_BEFORE \
            and _since_clause(toks, p - 1)
        if not (rel or obj):
            continue
        k0 = p - 1 if rel else next((k for k in range(p - 1, -1, -1) if toks[k].text.lower() in SINCE_WORDS), p)
        noun = next((toks[k] for m in reversed(found) if m[1] < k0 for k in reversed(m[3]) if toks[k].text.lower() in ANTECEDENT_NOUNS), None)
        if noun is None:
            continue
        stand_in = dataclasses.replace(noun, start=t.start, end=t.end, sent=t.sent)
        if rel:
            # "that it had imposed" -> "that it had imposed <sanctions>": the noun goes after the verb
            v = p + 2
            virt = toks[:v + 1] + [dataclasses.replace(stand_in, start=toks[v].end, end=toks[v].end)] + toks[v + 1:]
            for i0, _i1, trig, idx in lex.match(virt, frozenset(k if k <= v else k + 1 for k in blocked)):
                if v + 1 in idx and i0 == v and not taken & {v}:
                    out.append((v, v, trig, [v]))
                    taken.add(v)
        else:
            virt = toks[:p] + [stand_in] + toks[p + 1:]
            for i0, i1, trig, idx in lex.match(virt, blocked):
                if p in idx and i0 < p and not taken & set(range(i0, i1 + 1)):
                    # (the trigger ends before the pronoun, so that the pronoun is read as its object)
                    i1 = p - 1 if i1 == p else i1
                    out.append((i0, i1, trig, [k for k in idx if k != p]))
                    taken.update(range(i0, i1 + 1))
    return sorted(out, key=lambda m: m[0]) if len(out) > len(found) else found


STRIKE_FORMS = {"strike", "strikes", "struck", "striking"}
STRIKE_TRIGGER = Trigger(slots=(frozenset(STRIKE_FORMS),), type="ASSAULT", mode=None, cameo="190", contexts=("military",),
                         pos="verb", weight=1.0, pattern="strike <state>")


def _with_bare_strikes(found: list[Match], toks: list[Token], sent_ments: list[Mention]) -> list[Match]:
    """English "strike" is no trigger alone (a labour strike); with a state or a capital as its
    direct object it is an attack: "France would strike Syria if ...", "Israel struck Iran"."""
    if not any(t.text.lower() in STRIKE_FORMS for t in toks):
        return found  # (most sentences: nothing to look up)
    used = {k for m in found for k in m[3]}
    starts = {m.start: m for m in sent_ments if m.kind == "state" and m.code and len(m.code) == 3}
    extra: list[Match] = []
    for i, t in enumerate(toks[:-1]):
        if i in used or t.text.lower() not in STRIKE_FORMS or (i > 0 and toks[i - 1].text.lower() in ARTICLE_WORDS | {"general", "hunger", "its", "their"}):
            continue
        if toks[i + 1].start in starts:
            extra.append((i, i, STRIKE_TRIGGER, [i]))
        elif i > 0 and toks[i - 1].text.lower() in ("would", "could", "will", "might", "may") and any(
                m.end <= t.start and t.start - m.end <= 20 for m in starts.values()):
            # "Russia could strike decision-making centres in Kyiv", "the United States would strike
            # again": a state that would strike threatens an attack (workers "would strike" are no state)
            extra.append((i, i, STRIKE_TRIGGER, [i]))
    return sorted(found + extra, key=lambda m: m[0]) if extra else found


def _list_comma(toks: list[Token], j: int, end: int) -> bool:
    """A comma between the items of a list of names ("zwischen Kroatien, Albanien und dem Kosovo")."""
    return toks[j].text == "," and j > 0 and j + 1 < end and toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper() and any(
        t.text.lower() in COORD_WORDS for t in toks[j + 1:end])


def _new_predicate(toks: list[Token], i0: int, trig: Trigger) -> bool:
    """A finite verb joined by "and" to the main verb: "accused Russia of a blast and expelled 18
    diplomats", "ha accusato Mosca dell'attacco e ha espulso": a second act of the main subject,
    not more of what was alleged (a gerund, "of planning and financing", still is)."""
    if trig.pos != "verb":
        return False
    k = i0 - 1
    if k >= 0 and toks[k].text.lower() in ACTIVE_AUX:
        k -= 1
    elif not toks[i0].text.lower().endswith("ed"):
        return False  # a bare infinitive ("threatened to impose tariffs and cut aid") is still the content
    return k >= 0 and toks[k].text.lower() in COORD_WORDS


LIGHT_VERBS = {"approvare", "approvato", "approve", "approuver", "approuvé", "aprobar", "aprobado", "genehmigen", "bewilligen", "billigen", "annunciare", "announce", "annoncer", "anunciar", "ankündigen", "decidere", "decide", "décider", "decidir", "beschließen"}


def _is_light(trig: Trigger, tok: Token) -> bool:
    return trig.pos == "verb" and trig.type in ("SUPPORT", "AGREE") and (tok.lemma in LIGHT_VERBS or tok.text.lower() in LIGHT_VERBS)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per sentence, type, actors and recipients ("met on the sidelines of the summit")."""
    seen: set[tuple[int, str, frozenset[str | None], frozenset[str | None], str]] = set()
    out = []
    for e in events:
        key = (e.sentence.start, e.type, frozenset(a.code for a in e.actors), frozenset(r.code for r in e.recipients), e.modality)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    # "ont frappé des bases russes, détruisant des bombardiers": the same act without a named
    # target, in the same sentence, is part of the event that names one
    return [e for e in out if e.recipients or not any(
        o is not e and o.recipients and o.sentence.start == e.sentence.start and o.type == e.type and o.modality == e.modality
        and {a.code for a in o.actors} == {a.code for a in e.actors} for o in out)]


def _german_objects(text: str, before: list[Mention], actors: list[Mention], clause_start: int) -> list[Mention]:
    """Objects between a German subject and its clause-final verb: coded parties first, never
    places ("in Litauen") or unknown roles."""
    objs = [m for m in before if m.start > actors[-1].end and m.start >= clause_start and m not in actors
            and (text[actors[-1].end:m.start].strip() or m.code != actors[-1].code)  # "Der Geheimdienst FSB": an apposition
            and not (m.kind == "role" and not m.code) and not _preceded_by(text, m, LOCATIVE_PREPS["de"])
            and not (_preceded_by(text, m, AGENT["de"]) and DE_ATTRIBUTE_AFTER.match(text, m.end))]
    # ("die von Ruanda unterstützten Rebellen": who backs them is not the object)
    return sorted(objs, key=lambda m: (0 if m.code else 1, m.start))


THREAT_NOUN = re.compile(r"(?i)^(?:threats?|minacci[ae]|minacce|menaces?|amenazas?|bedrohung(?:en)?|gefahr)$")
THREAT_PARTICIPLE = re.compile(r"(?i)^(?:threatened|minacciat[oaie]|menacée?s?|amenazad[oa]s?|bedroht)$")
ISSUING = {"issue", "issued", "issues", "made", "make", "makes", "repeated", "renewed", "voiced", "lanciato", "lanciare", "lancia",
           "rinnovato", "ribadito", "proferito", "rivolto", "formulé", "lancé", "réitéré", "proféré", "adressé", "lanzó", "lanzado",
           "reiteró", "reiterado", "formuló", "profirió", "ausgesprochen", "wiederholt", "erneuert", "erneuerte", "sprach"}
IS_AUX = {"is", "are", "was", "were", "feels", "felt", "è", "sono", "era", "erano", "si", "est", "sont", "était", "se", "sent",
          "es", "son", "eran", "siente", "sich", "ist", "sind", "war", "waren", "sieht", "sehen", "fühlt", "fühlen"}


def _described_threat(lang: str, toks: list[Token], i0: int, i1: int) -> bool:
    """A threat described, not made: "the threat from China", "una minaccia alla propria
    sovranità", "Tokyo si dice minacciata dal riarmo cinese". PLOVER's THREATEN is an act of
    threatening; a threat noun counts as one only with its content ("the threat to impose
    tariffs"), its target ("threats against Moldova") or a verb that issues it ("issued a threat")."""
    word = toks[i0].text
    if lang == "de" and i0 == i1 and word.lower() in ("bedrohte", "bedrohten", "bedrohter", "bedrohtes"):
        return True  # "Die von Russland bedrohten baltischen Staaten": an attribute, the state of the noun
    if lang == "de" and i0 == i1 and word.lower() == "bedroht" and (i1 + 1 >= len(toks) or not toks[i1 + 1].text[:1].isalpha()):
        clause = [t.text.lower() for t in toks[_clause_begin(toks, i0):i0]]
        back = [t.text.lower() for t in toks[max(0, i0 - 20):i0]]
        k_sich = max((k for k, w in enumerate(back) if w == "sich"), default=-1)
        # (back over the commas of a list: "von dem Bündnis zwischen Kroatien, Albanien und Kosovo")
        if (k_sich >= 0 and any(w in DE_FEELING for w in back[max(0, k_sich - 3):k_sich + 2])
                and not any(w in DE_FINITE or w in (";", ":") for w in back[k_sich + 1:])) or (
                any(w in ("ist", "sind", "sei", "seien", "war", "waren") for w in clause) and not any(w in ("hat", "haben", "habe", "hatte") for w in clause)):
            # "Vučić sagte, man fühle sich von dem neuen Militärbündnis zwischen Kroatien, Albanien und
            # Kosovo bedroht": the state of the subject, however long the phrase of its source
            return True
    if i0 == i1 and THREAT_PARTICIPLE.match(word):
        # "si dice minacciata", "feels threatened", "sich bedroht sieht": the state of the subject
        return any(t.text.lower() in IS_AUX for t in toks[max(0, i0 - 4):i0]) and not any(
            t.text.lower() in ACTIVE_AUX | {"hat", "haben", "hatte"} for t in toks[max(0, i0 - 3):i0])
    if not THREAT_NOUN.match(toks[i1].text):  # "threat", "nuclear threat"
        return False
    nxt = [t.text.lower() for t in toks[i1 + 1:i1 + 4]]
    if any(w in INF_COMPLEMENTISERS | {"d'", "that", "che", "que", "dass"} for w in nxt[:2]) or any(w in AGAINST for w in nxt[:2]):
        return False
    return not any(t.text.lower() in ISSUING for t in toks[max(0, i0 - 4):i0])


DE_EXPOSED_WITH = {"sieht", "sehen", "sah", "sahen", "fühlt", "fühlen"}
DE_FEELING = DE_EXPOSED_WITH | {"fühle", "fühlte", "fühlten", "fühlst", "sehe", "sähe", "gefühlt", "gesehen"}
DE_ZU_INFINITIVE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|frei|fort|her|hin|los|mit|nach|nieder|teil|um|vor|weg|weiter|wieder|zurück|zusammen|zu)zu\w+en$")


def _de_zu_clause(toks: list[Token], k0: int) -> bool:
    """Is the German clause from k0 to the next comma a zu-infinitive ("Südkorea anzugreifen",
    "die Angriffe einzustellen", "abgeschossen zu haben")?"""
    for k in range(k0, min(len(toks), k0 + 14)):
        w = toks[k].text.lower()
        if w in (",", ";", ":", ".") or w in CLAUSE_BREAK_BY_LANG.get("de", CLAUSE_BREAK):
            return False
        if DE_ZU_INFINITIVE.match(w) or (w == "zu" and k + 1 < len(toks) and toks[k + 1].text[:1].islower()):
            return True
    return False


PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"}
EN_IRREGULAR_PARTICIPLE = {"hit", "shot", "struck", "held", "caught", "taken", "beaten", "thrown", "seized", "put", "sent", "driven",
                           "stolen", "slain", "fought", "bombed", "told", "given", "hung", "sought", "forbidden", "withdrawn"}


def _is_participle(lang: str, word: str) -> bool:
    """Is the word a past participle, as after a passive auxiliary ("was attacked", "è stata
    colpita"), and not a progressive ("is attacking")?"""
    low = word.lower()
    if lang == "de":
        return True  # the German passive is told by "wurde/worden", not by the participle
    if lang == "en" and low in EN_IRREGULAR_PARTICIPLE:
        return True
    rx = PARTICIPLE.get(lang)
    return bool(rx and rx.match(low)) or (lang == "it" and bool(IT_STRONG_PARTICIPLE.match(low)))


_SENT_NUM = rf"(?:{_NUM}|un|una|uno|undici|dodici|quindici|venti|trenta|douze|quinze|vingt|doce|quince|veinte|zwölf|fünfzehn|zwanzig|einem|einer)"
# the punishment a verdict sets, after the person ("a nove anni di carcere", "à neuf ans de prison")
SENTENCE_TO = {
    "it": re.compile(rf"(?i)\b(?:a|ad) {_SENT_NUM}(?: \w+)? (?:anni|anno|mesi|mese)\b|\ball'ergastolo\b|\ba morte\b"),
    "fr": re.compile(rf"(?i)\bà {_SENT_NUM}(?: \w+)? (?:ans|an|mois)\b|\bà (?:la )?perpétuité\b|\bà mort\b"),
    "es": re.compile(rf"(?i)\ba {_SENT_NUM}(?: \w+)? (?:años|año|meses)\b|\ba cadena perpetua\b|\ba muerte\b"),
    "de": re.compile(rf"(?i)\bzu {_SENT_NUM}(?: \w+)? (?:Jahren|Jahr|Monaten)\b|\bzu lebenslanger\b|\bzum Tode\b"),
}


ACCUSED_OF = {"for", "of", "over", "per", "di", "del", "della", "dell", "dei", "pour", "de", "du", "des", "d'", "por", "wegen", "für"}


WARN_VERB = re.compile(r"(?i)^(?:warn\w*|gewarnt|avvert\w*|ammon\w*|advirt\w*|advert\w*|alert\w*|guardia|garde)$")
ABOUT = {"en": {"of", "about", "against"}, "de": {"vor"}, "it": {"contro", "del", "della", "dei", "delle", "sul", "sulla", "sui", "di"},
         "fr": {"contre", "du", "de", "des", "sur"}, "es": {"del", "de", "sobre", "contra"}}


ANNOUNCED_PASSIVE = re.compile(r"\b(?:would|will|could) be \w+ed\b|\bwerden \w+t\b")  # "would be treated as an act of war"
WARNED_CONTENT_OWN = {"feuer", "fire", "bereuen", "regret", "teuer", "dearly", "pay", "zahlen"}


def _closing_speaker(lex: Lexicon, toks: list[Token], ments: list[Mention]) -> str | None:
    """The code of the party a short closing report names (", sagte Putin", ", warnte der
    Kreml", ", the Kremlin said"), or None."""
    last = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    tail = [t for t in toks[last + 1:] if t.text.isalnum()]
    if last < 0 or len(tail) > 8 or not (lex.cues.has("reported", tail) >= 0 or any(WARN_VERB.match(t.text) for t in tail)):
        return None
    return next((m.code for m in ments if m.start >= toks[last].end and m.code
                 and m.kind in ("state", "organisation", "person", "role")), None)


EN_CONTENT_PARTICIPLES = {"allowing", "giving", "granting", "letting", "permitting", "enabling", "authorizing", "authorising"}


def _warning_about_other(lang: str, toks: list[Token], i1: int, ments: list[Mention], actor_codes: set[str]) -> bool:
    """Is the warning's content an act of another party ("Zelensky warned that Russia was preparing
    a new offensive", "Estland warnte, Moskau plane Sabotageakte in Europa")? Such a warning voices
    a danger the warner sees; it threatens no one. A warning is a threat when its content is the
    warner's own act ("Putin warned that Russia could strike ...", "Iran warnte, er werde ...") or
    what the warned party would suffer ("Israel would pay a heavy price", "Konsequenzen")."""
    start = -1
    for j in range(i1 + 1, min(len(toks) - 1, i1 + 8)):
        w = toks[j].text.lower()
        if any(m.start == toks[j].start and m.code and m.kind in ("state", "organisation", "person", "role") for m in ments):
            return False  # "warned Putin that Russia would face sanctions": a warning addressed to a party
        if w in THAT:
            start = j + 1
            break
        if lang == "de" and w == ",":
            start = j + 2 if toks[j + 1].text.lower() == "dass" else j + 1
            break
        if w in (",", ";", ":", "."):
            return False
    if start < 0 or start >= len(toks) or (lang == "de" and _de_zu_clause(toks, start)):
        return False  # ("warnte Russland, die Ukraine nicht anzugreifen": a warning not to act)
    end = next((k for k in range(start, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
    content = [t.text.lower() for t in toks[start:end]]
    if any(w in FIRST_PERSON | PRONOUNS | CONSEQUENCES | WARNED_CONTENT_OWN | ANY_DETS.get(lang, set()) | IF_OPENERS.get(lang, set())
           | V1_CONDITION.get(lang, set()) for w in content) or ANNOUNCED_PASSIVE.search(" ".join(content)):
        return False  # a conditional statement ("any attempt by India ... would be treated as an act of war")
    if lang == "it" and any(w.endswith(("rebbe", "rebbero")) and not w.startswith(("potr", "dovr")) for w in content):
        # "ha avvertito che autorizzare Kiev a colpire la Russia significherebbe che la NATO è in
        # guerra", "che la NATO sarebbe coinvolta": what WOULD follow is a conditional statement, a
        # threat; only "potrebbe/dovrebbe" ("che la Russia potrebbe schierare ...") voices a danger
        return False
    if lang == "en" and ("would" in content or "will" in content) and any(
            m.code in actor_codes for m in ments if toks[start].start <= m.start < toks[end - 1].end):
        # "warned that Israel's annexation ... would lead to a massive conflict with Jordan": what
        # the act would bring on the warner's own side is its answer, a threat
        return False
    head_end = toks[min(end, start + 4) - 1].end
    subject = next((m for m in ments if toks[start].start <= m.start < head_end and m.code
                    and m.kind in ("state", "organisation", "person", "role")), None)
    return subject is not None and bool(actor_codes) and subject.code not in actor_codes


def _warned_about(lang: str, toks: list[Token], i0: int, i1: int) -> bool:
    """A warning about a danger, with no one warned ("NATO warned of a Russian attack", "Die
    NATO hat vor einem russischen Angriff gewarnt", "ha messo in guardia contro"): a fear voiced,
    neither a threat nor the feared act. "Russia warned NATO against ..." names whom it warns."""
    about = ABOUT.get(lang, set())
    if WARN_VERB.match(toks[i1].text) and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in about:
        return True  # the warning itself
    if lang == "de" and toks[i1].text.lower() in ("warnt", "warnen", "warnte", "warnten") and any(
            t.text.lower() == "vor" for t in toks[i1 + 1:i1 + 12]) and not any(
            t.text in (",", ";") for t in toks[i1 + 1:next((j for j in range(i1 + 1, len(toks)) if toks[j].text.lower() == "vor"), i1 + 1)]):
        # "Polen warnt nach einer Explosion vor weiteren Sabotageakten": the finite verb comes
        # first in German main clauses; whom it warns would stand before "vor" as a dative
        vor = next(j for j in range(i1 + 1, len(toks)) if toks[j].text.lower() == "vor")
        return not any(t.text.lower() in ("den", "dem", "die") and j + 1 < vor and toks[j + 1].text[:1].isupper()
                       and toks[j - 1].text.lower() not in ("nach", "in", "an", "auf", "bei", "mit", "von", "aus", "zu")
                       for j, t in enumerate(toks[i1 + 1:vor], start=i1 + 1))
    if lang == "de" and toks[i1].text.lower() == "gewarnt":
        # "hat vor X gewarnt": "vor" with nothing capitalised between the auxiliary and it
        for k in range(i0 - 1, max(-1, i0 - 12), -1):
            if toks[k].text.lower() in ("hat", "haben", "hatte", "hatten"):
                v = next((j for j in range(k + 1, i0) if toks[j].text.lower() == "vor"), None)
                return v is not None and not any(t.text[:1].isupper() for t in toks[k + 1:v])
            if toks[k].text in (",", ";"):
                break
        return False
    # the feared act inside such a warning: "warned of a possible Russian attack"
    for k in range(i0 - 1, max(-1, i0 - 5), -1):
        if toks[k].text.lower() in about and k > 0 and WARN_VERB.match(toks[k - 1].text):
            return True
        if toks[k].text in (",", ";", ":"):
            break
    if lang == "de" and any(t.text.lower() == "vor" for t in toks[max(0, i0 - 4):i0]):
        return any(t.text.lower() == "gewarnt" or t.text.lower().startswith("warn") for t in toks[i1 + 1:i1 + 8])
    return False


MEDIATOR = re.compile(r"(?i)(?:mediazione (?:di|del|della|dell'|degli|dei)|mediato (?:da|dal|dalla|dagli)|mediation (?:of|by)|"
                      r"mediated by|brokered by|médiation (?:de|du|des|de la|d')|médiée par|mediación (?:de|del)|mediada por|"
                      r"Vermittlung (?:von|des|der|Chinas|Katars))\s*(?:the |il |la |lo |l'|le |el )?$")
EN_POSSESSOR = re.compile(r"['’]s(?:\s+[a-z][\w-]*){0,2}\s+$")
ANY_DETS = {"en": {"any"}, "it": {"qualsiasi", "qualunque", "eventuale"}, "fr": {"toute", "tout"}, "es": {"cualquier"},
            "de": {"jeder", "jede", "jedes", "jeglicher", "jegliche"}}
NOUN_SUBJECT_DETS = {"en": {"a", "an", "any"}, "it": {"un", "una", "uno", "un'"}, "fr": {"un", "une"}, "es": {"un", "una"},
                     "de": {"ein", "eine", "einen", "einer", "einem"}}
OUT_OF = re.compile(r"(?i)\b(?:from|out of|da|dal|dalla|dall'|dai|dagli|de|du|des|d'|desde|del|aus|vom|von)\b[^,;]*$")
ATTRIBUTED_TO = re.compile(r"(?i)\b(?:attributed to|blamed on|attribuit[oa] (?:a|al|alla|all')|attribuée? (?:à|au)|"
                           r"atribuid[oa] (?:a|al))\s*(?:the |il |la |l'|le |el )?$")
AFTER_WORDS = {"after", "dopo", "après", "después", "tras", "nach", "nachdem"}


def _condition_opener(toks: list[Token], i0: int, lang: str) -> int:
    """The index of the word opening the if-clause the trigger stands in ("if Hamas did not free
    the hostages", "se Hamas non libererà", "a meno che"), or -1. The opener stands at most eight
    words before it, with no comma between."""
    openers = IF_OPENERS.get(lang, set())
    for k in range(i0 - 1, max(-1, i0 - 9), -1):
        w = toks[k].text.lower()
        if w in (",", ";", ":"):
            return -1
        if w in openers or (w in UNLESS and k > 0 and toks[k - 1].text.lower() in ("a", "à")
                            and k + 1 < len(toks) and toks[k + 1].text.lower().rstrip("'’") in ("che", "que", "qu")):
            return k  # ("a meno che Israele non accetti", "à moins que", "a menos que")
        if k > 0 and ((lang == "en" and w == "should" and k + 1 < i0 and toks[k + 1].text[:1].isupper())
                      or (lang == "de" and w in V1_CONDITION["de"] and toks[k - 1].text == ",")):
            return k  # "... should Iran attack Americans", ", sollte Peking Waffen liefern": inverted
        if lang == "de" and w in ("bis", "solange") and k > 0 and toks[k - 1].text == ",":
            return k  # ", bis die Hamas die Leichen übergeben hat": what the act waits for
        if lang == "de" and w == "dass" and k >= 2 and toks[k - 1].text == "," and toks[k - 2].text.lower() in ("fall", "falle"):
            return k  # "für den Fall, dass Eriwan dem Strafgerichtshof beitritt"
    return -1


def _opens_condition(toks: list[Token], k: int) -> bool:
    """Does the word at ``k`` open a condition after an act: "if", "unless", "wenn", or an
    inverted "should the United States intervene" (not "Israel should withdraw")?"""
    w = toks[k].text.lower()
    return w in CONDITION_AFTER or (w == "should" and k + 1 < len(toks) and (
        toks[k + 1].text.lower() in ("the", "a", "an") or toks[k + 1].text[:1].isupper()))


def _in_condition(toks: list[Token], i0: int, lang: str) -> bool:
    return _condition_opener(toks, i0, lang) >= 0


UNLESS = {"meno", "moins", "menos"}
DE_ANNOUNCING = {"kündigte", "kündigten", "kündigt", "angekündigt", "ankündigen", "plant", "planen", "plante", "planten", "beabsichtigt",
                 "beabsichtigte", "beabsichtigen", "versprach", "versprachen", "versprochen", "verspricht"}
DE_INTENDING = {"will", "wollen", "wollte", "wollten", "soll", "sollen", "plant", "planen", "plante", "planten", "möchte", "möchten"}
DE_MODAL_AFTER = {"könnte", "könnten", "könne", "würde", "würden", "dürfte", "dürften"}
# The English sets code a state's act on its own people with no recipient ("Turkish police
# detained Istanbul mayor Ekrem Imamoglu": TUR -> none); the German ones code the state ("Russische
# Behörden haben Nawalny festgenommen": RUS -> RUS), as the coder does elsewhere (decision 43)
NO_DOMESTIC_RECIPIENT_LANGS = {"en"}
EN_AUX_AFTER_REL = {"would", "will", "could", "can", "may", "might", "has", "have", "had", "is", "are", "was", "were"}
# "protesters blocked roads across France": where a crowd acts throughout a country
SPREAD_PREPS = {"across", "throughout", "nationwide", "attraverso", "partout", "por", "überall"}
COMPASS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
           "northwestern", "southeastern", "southwestern"}
TELLING = {"told", "tells", "informed", "assured", "notified", "detto", "informato", "assicurato", "dit", "informé", "assuré",
           "dijo", "informó", "aseguró", "sagte", "teilte", "versicherte", "informierte"}
ADDRESSED_TYPES = {"AGREE", "REJECT", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE"}
NEG_PREPS = {"ohne", "without", "senza", "sans", "sin"}
ARTICLE_WORDS = {"a", "an", "the", "un", "una", "uno", "une", "ein", "eine", "einen", "einer", "einem"}
# A phrase of circumstance between an act and a name: the name is not the act's recipient
DOCUMENT_AFTER = re.compile(r"\s+(?:Statute|Accords?|Agreements?|agreements?|Protocols?|Treaty|Convention|Declaration|Charter|"
                            r"format|process|peace (?:deal|accord|agreement|process|plan)|Abkommen|Vertrag|Prozess|Statut)\b")
BACKGROUND_PP = re.compile(r"(?i)\b(?:amid|despite|in spite of|in the wake of|on (?:an? |the )?(?:arrest )?warrants? (?:from|issued by|of)|as (?:he|she|they|it) (?:tried|attempted|sought|was|were)|"
                           r", (?:angering|infuriating|irritating|prompting|drawing|sparking|provoking|alarming)|"
                           r", (?:concerned|worried|alarmed|fearing|wary|nervous) (?:about|by|over|of|at|that)|"
                           r"nonostante|malgrado|in pieno|en pleine|en plein|malgré|pese a|a pesar de|en medio de|trotz|inmitten)\b")
INVERTED_OPENERS = {"should", "sollte", "sollten"}


EN_OBJECT_PRONOUNS = {"it", "him", "her", "them"}
CLITIC_OBJECT = {"it": re.compile(r"\w{3,}(?:ando|endo|ar|er|ir)(?:lo|la|li|le)$"),
                 "es": re.compile(r"\w{3,}(?:ando|ándo|iendo|iéndo|ar|er|ir)(?:lo|la|los|las)$")}
EN_NOT_PARTICIPLE_BEFORE = {"is", "are", "was", "were", "be", "been", "being", "am", "of", "for", "by", "about", "after", "before",
                            "while", "when", "without", "from", "to", "in", "on", "at", "with", "into", "the", "a", "an", "and", "or",
                            "not", "keep", "keeps", "kept", "began", "begin", "started", "start", "stop", "stopped", "its", "their"}


def _object_pronoun(lang: str, toks: list[Token], i0: int, i1: int) -> bool:
    """Is the trigger's object a pronoun ("accusing it of", "accusandolo", "acusándola")?"""
    if lang == "en":
        # (also after a preposition: "since Cairo cut ties with it in 2017")
        k = i1 + 2 if i1 + 2 < len(toks) and toks[i1 + 1].text.lower() in ("with", "to", "on", "against", "at") else i1 + 1
        # (or inside the trigger: "after Evo Morales broke them off in 2009")
        return (k < len(toks) and toks[k].text.lower() in EN_OBJECT_PRONOUNS) or any(
            t.text.lower() in ("them", "it") for t in toks[i0 + 1:i1])
    rx = CLITIC_OBJECT.get(lang)
    return bool(rx and rx.match(toks[i0].text.lower()))


def _en_participle_clause(lang: str, toks: list[Token], i0: int) -> bool:
    """Does an English -ing verb open a participle clause of the main verb ("sent Germany a note
    on Monday demanding reparations"), so that its subject is the main clause's?"""
    if lang != "en" or i0 < 3:
        return False
    prev = toks[i0 - 1].text.lower()
    if prev in EN_NOT_PARTICIPLE_BEFORE or prev.endswith("ing") or not (prev.isalpha() or prev.isdigit()):
        return False
    # a finite verb before it: a past form ("sent", "wrote") in the same sentence
    return any(t.text.lower().endswith("ed") or t.text.lower() in EN_IRREGULAR_PARTICIPLE | {"sent", "wrote", "issued", "made"}
               for t in toks[1:i0 - 1])


# after the trigger only (the clause-wide PERCEIVED_IN below covers the rest): "hält einen Angriff
# für möglich", "watches the drills with suspicion"
PERCEIVED_AFTER = re.compile(
    r"\b(?:mit (?:\w+ )?(?:argwohn|misstrauen)|für (?:(?:jederzeit|durchaus|sehr|gut|weiterhin|bald|zunehmend|immer|eher|absolut|höchst|äußerst|ziemlich|nun|jetzt|noch|unmittelbar|kurz) ){0,2}(?:(?:un)?möglich|(?:un)?wahrscheinlich|(?:un)?denkbar|(?:un)?realistisch|plausibel|bevorstehend|absehbar|unausweichlich|unvermeidlich)"
    r"|with (?:\w+ )?(?:suspicion|apprehension)|con (?:\w+ )?sospetto|avec (?:\w+ )?(?:méfiance|appréhension)"
    # "Per Ankara, il sostegno americano ai curdi rappresenta una minaccia": the act that is the
    # subject of a perceived threat is part of the view, not an act asserted by the sentence
    r"|(?:rappresent|costituisc|costitui)\w* (?:\w+ )?una? (?:\w+ )?(?:minaccia|pericolo|provocazione))\b")
PERCEIVED_IN = re.compile(
    r"\b(?:con (?:\w+ )?(?:preoccupazione|allarme|apprensione|inquietud|preocupación|alarma|recelo)|with (?:\w+ )?(?:concern|alarm|unease)"
    r"|avec (?:\w+ )?(?:inquiétude|préoccupation)|mit (?:\w+ )?(?:sorge|unruhe|besorgnis)|percepit[oaie]|perçue?s?|percibid[oa]s?"
    r"|wahrgenommen|perceived as|viewed as|perceives? |percepisc\w*|perçoi\w*|percib[ea]n? "
    # "zeigt sich besorgt über", "worried about", "preoccupato per", "inquiet de": what worries a party
    r"|(?:besorgt|beunruhigt|alarmiert) über|(?:worried|concerned|alarmed) (?:about|by|over|at)|preoccupat[oaie] (?:per|da|dal|dalla|dai|della|dell)"
    r"|inquiète?s? (?:de|du|des|par)|preocupad[oa]s? (?:por|ante)"
    # "A Seul cresce l'inquietudine per la cooperazione militare tra Mosca e Pyongyang": what a
    # party is uneasy about is seen, not asserted
    r"|(?:inquietudine|preoccupazione|preoccupazioni|apprensione|allarme|timori?) (?:crescente )?(?:per|sulla|sul|sull|sui|sulle)"
    # "rechnet mit russischen Cyberangriffen", "vedono nelle manovre la prova di": an expectation
    r"|rechne[nt]? (?:\w+ ){0,10}mit|ved(?:e|ono|eva|evano) (?:in|nel|nella|nei|nelle|negli) "
    # "hält die Unterstützung Irans für eine Gefahr", "sees the drills as a threat": a judgement
    r"|h(?:ä|a)lt\w* (?:\S+ ){0,12}für (?:eine?n? |die |den |das )?(?:\w+ )?(?:gefahr|bedrohung|provokation|risiko|szenario|option|möglichkeit|erklärung|ursache)"
    r"|(?:sees?|saw|regards?|regarded|considers?|considered) (?:\S+ ){0,10}as an? (?:\w+ )?(?:threat|danger|provocation)"
    r"|consider\w* (?:\S+ ){0,10}(?:come |como )?una? (?:\w+ )?(?:minaccia|pericolo|provocazione|amenaza|peligro|provocación)"
    r"|consid[eè]r\w* (?:\S+ ){0,10}comme une? (?:\w+ )?(?:menace|danger|provocation))")
CONCERN_FIRST = {"preoccupa", "preoccupano", "allarma", "allarmano", "inquieta", "inquietano", "spaventa", "spaventano",
                 "preocupa", "preocupan", "alarma", "alarman", "inquiètent", "beunruhigt", "besorgt", "alarmiert"}
FEARING = {"teme", "temono", "temeva", "temevano", "fear", "fears", "feared", "craint", "craignent", "redoute", "redoutent",
           "temen", "temía", "fürchtet", "fürchten", "befürchtet", "befürchten", "fürchtete", "befürchtete"}
CONCERNED_THAT = {"besorgt", "beunruhigt", "alarmiert", "preoccupato", "preoccupata", "preoccupati", "preoccupate", "allarmato", "allarmata", "allarmati", "allarmate",
                "inquieto", "inquieta", "inquieti", "inquiete", "timore", "timori", "paura", "preoccupazione", "preoccupazioni",
                "temevano", "temiamo", "teme", "temono", "temeva"}  # "... che <act>": the act is feared
IT_MOTIVE = {"temendo", "timore", "paura"}  # "ha attaccato temendo che ...", "per timore di": the act's motive
IT_READY = ("pront", "dispost", "disponibil", "favorevol")  # "sarebbe pronta a": a conditional readiness
FELT_BY = {"by", "durch", "von", "vom", "da", "dal", "dalla", "dai", "dalle", "dagli", "par", "por"}
EYES_OF = ("agli occhi", "in the eyes", "aux yeux", "a ojos", "a los ojos", "in den augen", "aus sicht", "aus der sicht",
           "nach ansicht", "nach auffassung", "in the view of")
BELIEF_OPENERS = {"convinced", "suspecting", "believing", "persuaded", "afraid", "fearful", "wary", "apprehensive", "anxious",
                  "nervous", "convinto", "convinta", "convinti", "convinte", "sospettando", "convaincu", "convaincue", "convaincus",
                  "soupçonnant", "convencido", "convencida", "convencidos", "sospechando", "überzeugt",
                  # fronted emotion participles: "Unnerved by North Korea's missile tests, Seoul ..."
                  "unnerved", "rattled", "spooked", "unsettled", "disturbed", "troubled", "sensing", "suspicious", "uneasy",
                  "spaventato", "spaventata", "spaventati", "intimoriti", "allarmato", "allarmata", "allarmati", "alarmé",
                  "alarmée", "alarmés", "effrayé", "effrayés", "alarmado", "alarmada", "alarmados", "asustado", "asustados",
                  "verunsichert", "aufgeschreckt"}
FEAR_NOUNS = {"concern", "concerns", "fear", "fears", "worries", "worry", "suspicion", "suspicions", "timore", "timori", "paura",
              "crainte", "craintes", "peur", "temor", "temores", "miedo", "sorge", "sorgen", "angst", "befürchtungen"}


DE_FEAR_VERBS = {"fürchtet", "fürchten", "fürchtete", "fürchteten", "befürchtet", "befürchten", "befürchtete", "befürchteten",
                 "fürchte", "befürchte"}  # (the Konjunktiv of reported speech: "..., dass man einen Vorstoß befürchte")
DE_FEAR_OF = {"angst", "furcht", "sorge", "sorgen"}  # "Angst vor neuen Angriffen"
# "Aus Ärger über die Anerkennung Palästinas hat Israel ...": what a fronted emotion is about is background
DE_EMOTION_OF = {"ärger", "wut", "zorn", "unmut", "empörung", "entrüstung", "enttäuschung", "verärgerung", "verbitterung", "frust",
                 "frustration", "protest", "misstrauen", "besorgnis", "rache"}
DE_EXPECTING = {"vermutet", "vermuten", "vermutete", "vermuteten", "glaubt", "glauben", "glaubte", "glaubten", "argwöhnt",
                "argwöhnen", "argwöhnte", "befürchtet", "befürchten", "befürchtete", "fürchtet", "fürchten", "fürchtete"}
DE_PASSIVE_AUX_FINAL = DE_PASSIVE_AFTER | {"werde"}
DE_RELATIVE_OPENERS = {"das", "der", "die", "dessen", "deren"}
DE_RECKONING = {"rechnet", "rechnen", "rechnete", "rechneten", "rechne", "erwarte", "vermute"}  # "Weil Israel mit einem Angriff der Hisbollah rechnet"
DE_HOLDING = {"hält", "halten", "hielt", "hielten"}
DE_FEAR_CLAUSE_OPENERS = {"weil", "da", "dass", "zumal", "nachdem", "solange", "obwohl"}
DE_SUBJUNCTIVE = {"habe", "hätte", "hätten", "sei", "seien", "wäre", "wären", "werde", "würde", "würden", "könne", "könnte", "könnten", "plane", "bereite"}
DE_EXPECTING_PHRASES = {("damit", ("rechnet", "rechnen", "rechnete", "rechneten")), ("aus", ("davon",))}
DE_ALARMING = {"alarmiert", "alarmieren", "alarmierte", "alarmierten", "beunruhigt", "beunruhigen", "beunruhigte", "beunruhigten",
               "verunsichert", "verunsichern", "verängstigt", "besorgt"}
DE_WORRY_CORE = {"sorge", "sorgen", "angst", "besorgnis", "unruhe", "beunruhigung", "nervosität", "alarm", "befürchtungen"}
DE_WORRY_NOUNS = DE_WORRY_CORE | {"kopfzerbrechen", "ängste", "verunsicherung", "unbehagen"}
# "bereitet Polen Sorgen", "löst in Seoul Besorgnis aus", "sorgt in Tokio für Unruhe"
DE_CAUSING = {"bereitet", "bereiten", "bereitete", "bereiteten", "macht", "machen", "machte", "machten", "löst", "lösen", "löste",
              "lösten", "sorgt", "sorgen", "sorgte", "sorgten"}
# "Sicherheitsbedenken wegen der chinesischen Manöver", "ist verunsichert wegen der Truppenbewegungen"
# (matched as word endings, so "alarm" stays out: "Fehlalarm")
DE_WORRIED = tuple(sorted(DE_WORRY_CORE - {"alarm"} | {"bedenken", "ängste", "verunsicherung", "verunsichert", "beunruhigt", "besorgt",
                                                      "alarmiert", "nervös", "verängstigt", "irritiert"}))
DE_SEEING_IN = {"sieht", "sehen", "sah", "sahen"}
DE_DANGER_NOUNS = {"gefahr", "gefahren", "risiko", "risiken", "bedrohung", "bedrohungen", "szenario", "szenarien",
                   "möglichkeit", "wahrscheinlichkeit"}  # ("die Möglichkeit eines chinesischen Angriffs")


DE_COPULA = {"ist", "sind", "war", "waren", "bleibt", "bleiben", "wäre", "wären", "sei", "gilt", "gelten", "galt", "stellt", "stellen",
             "stellte", "stellten", "bedeutet", "bedeuten", "bedeutete"}
DE_JUDGED_NOUNS = {"bedrohung", "gefahr", "provokation", "risiko", "sicherheitsrisiko", "kriegserklärung", "affront", "eskalation"}
DE_MISTRUSTING = {"misstraut", "misstrauen", "misstraute", "misstrauten", "argwöhnt", "argwöhnen", "beargwöhnt"}
DE_ALARM_NOUNS = DE_WORRY_CORE | {"spekulationen", "spekulation", "gerüchte", "mutmaßungen"}  # ("Spekulationen über eine Verlegung ...")
DE_FEAR_WORDS = {"bedroht", "sorgt", "befürchtungen", "rechnet", "rechnen", "visier", "besorgt", "beunruhigt", "alarmiert",
                 "ob", "unklar", "ungewiss", "fraglich"}  # (and an open question: "Ob ..., ist nach dem Treffen offen")
DE_FINITE_MODAL = {"würde", "würden", "könnte", "könnten", "wäre", "wären", "hätte", "hätten", "muss", "müsse", "müsste", "müssten",
                   "werde", "dürfte", "dürften", "sollte", "sollten"}
DE_REASON_OPENERS = {"wegen", "angesichts", "aufgrund", "infolge"}  # "Wegen der Gefahr weiterer Angriffe"
DE_REASON_PHRASES = {"vor dem hintergrund", "als reaktion auf", "als antwort auf", "als vergeltung für"}
DE_CONCERNED_OPENERS = {"besorgt", "beunruhigt", "alarmiert", "verunsichert", "aufgeschreckt", "verängstigt", "empört", "verärgert",
                        "erzürnt", "irritiert", "provoziert"}
DE_PP_WORDS = {"und", "oder", "sowie", "nicht", "mehr", "sehr", "noch", "erneut", "weiter", "bereits", "schon", "wieder", "bislang",
               "zunehmend", "stark", "massiv", "jüngst", "zuletzt", "dort", "hier"}


def _de_case_opening(toks: list[Token]) -> bool:
    """Does the sentence open with a case ("Im Falle eines Angriffs", "Selbst im Fall ...", "Für den
    Fall einer Invasion")?"""
    off = 1 if toks and toks[0].text.lower() in DE_FOCUS_BEFORE_IF else 0
    return " ".join(t.text.lower() for t in toks[off:off + 2]) in ("im falle", "im fall") \
        or " ".join(t.text.lower() for t in toks[off:off + 3]) in ("für den fall", "in dem fall")


def _de_reason_pp(toks: list[Token]) -> int:
    """The finite verb after a German fronted phrase of fear or danger with no comma ("Aus Sorge vor
    Provokationen während des Manövers hat Polen ...", "Wegen der Gefahr weiterer Sabotageakte hat
    die NATO ...", "Beunruhigt über die Aufrüstung hat Estland ..."), or -1. What the phrase names is
    feared; the act after the verb is the real reaction, and the subject follows the verb."""
    if len(toks) < 5:
        return -1
    w0, w1 = toks[0].text.lower(), toks[1].text.lower()
    feared = (w0 == "aus" and w1 in DE_FEAR_OF | DE_EMOTION_OF) or (w0 in DE_CONCERNED_OPENERS and w1 in ("über", "durch", "von", "vom", "wegen"))
    # (a reason is background too: "Angesichts der Angriffe der Huthi auf Handelsschiffe haben die
    # USA eine Marinemission ins Leben gerufen", "Wegen eines Hackerangriffs hat Berlin ...": the
    # gold codes the reaction only)
    reason = w0 in DE_REASON_OPENERS or " ".join(t.text.lower() for t in toks[:3]) in DE_REASON_PHRASES
    # a fronted case ("Selbst im Falle eines russischen Angriffs würde Deutschland ...", "Im Fall
    # eines Angriffs würde die NATO ..."): its parties take no part in the act after the verb either
    case = _de_case_opening(toks)
    reason = reason or case
    if not feared and not reason:
        return -1
    for k in range(2, min(len(toks) - 1, 22)):
        t = toks[k]
        w = t.text.lower()
        if t.text in (",", ";", ":", "(", ")") or not t.text.isalpha():
            if t.text in (",", ";", ":"):
                return -1  # a comma closes the phrase itself (the generic fronted rules)
            continue
        if not t.text[:1].islower():
            continue
        if w in DE_FINITE or (case and w in DE_FINITE_MODAL):
            return k  # ("Im Falle eines Angriffs würde ...": a case is followed by the Konjunktiv)
        if w in DE_DETERMINERS or w in OBJ_PREPS["de"] | DE_SETTING_PREPS | DE_PP_WORDS or w in ("während", "innerhalb", "entlang"):
            continue
        if re.search(r"(?:e|en|er|es|em)$", w):
            continue  # an adjective ("weiterer", "russischen"), or a plural verb the rule leaves alone
        nxt = toks[k + 1].text
        return k if nxt[:1].isupper() or nxt.lower() in DE_DETERMINERS | {"sich", "es", "er", "sie"} else -1
    return -1


def _de_warning_about(toks: list[Token], vor: int) -> bool:
    """Is the "vor" at ``vor`` the one of a warning ("warnt Washington vor ...", "hat die USA vor ...
    gewarnt")? The V2 verb stands before it, the participle after the act noun, in the same clause."""
    for k in range(vor - 1, max(-1, vor - 8), -1):
        if toks[k].text in (",", ";", ":"):
            break
        if toks[k].text.lower() in DE_WARN_FORMS - {"gewarnt"}:
            return True
    for k in range(vor + 1, min(len(toks), vor + 10)):
        if toks[k].text in (",", ";", ":"):
            break
        if toks[k].text.lower() == "gewarnt":
            return True
    return False


def _de_warned_uncoded(toks: list[Token], i0: int, i1: int, ments: list[Mention]) -> bool:
    """A German warning to a party without a code about an act ("Putin hat den Westen vor der
    Lieferung weitreichender Waffen an die Ukraine gewarnt", "warnt die Europäer vor ..."): no one
    is threatened (a coded party warned is: "Moskau hat Washington vor ... gewarnt"), and the
    party of the act warned against is not the one warned."""
    if toks[i1].text.lower() == "gewarnt":
        aux = next((k for k in range(i0 - 1, max(-1, i0 - 14), -1) if toks[k].text.lower() in ("hat", "haben", "hatte", "hatten")
                    or toks[k].text in (",", ";", ":")), -1)
        if (aux < 0 or toks[aux].text in (",", ";", ":")) and i1 + 1 < len(toks) and toks[i1 + 1].text.lower() in ("hat", "haben", "hatte", "hatten"):
            # "Weil Washington vor einem iranischen Angriff gewarnt hatte, ...": in the verb-final
            # order a warning with its subject as the only party before "vor" is addressed to no one
            c = _clause_begin(toks, i0)
            vor = next((k for k in range(c, i0) if toks[k].text.lower() == "vor"), -1)
            return vor > c and len([m for m in ments if m.code and m.source != "demonym"
                                    and toks[c].start <= m.start and m.end <= toks[vor].start]) == 1
        if aux < 0 or toks[aux].text in (",", ";", ":"):
            return False
        vor = next((k for k in range(aux + 1, i0) if toks[k].text.lower() == "vor"), -1)
        lo = aux + 1
    elif toks[i0].text.lower() in DE_WARN_FORMS and i0 == i1:
        vor = next((k for k in range(i1 + 1, min(len(toks), i1 + 8)) if toks[k].text.lower() == "vor"
                    or toks[k].text in (",", ";", ":")), -1)
        if vor >= 0 and toks[vor].text.lower() != "vor":
            vor = -1
        lo = i1 + 1
    else:
        return False
    if vor <= lo:
        return False
    named = [t for t in toks[lo:vor] if t.text[:1].isupper() and t.text.lower() not in DE_DETERMINERS]
    return bool(named) and not any(m.code and m.start >= toks[lo].start and m.end <= toks[vor].start for m in ments)


def _de_perceived(toks: list[Token], i0: int, i1: int, clause_start: int) -> bool:
    """German perception frames the generic cues miss, for acts of any type (a SANCTION, an AID or a
    COOPERATE is feared or expected as much as an attack): the fearer, the expecting or the
    alarmed party never carries out the act, and the act itself is not asserted."""
    # "Die Stationierung ... bedroht nach Ansicht Moskaus die Sicherheit Russlands", "aus Sicht
    # Pekings ist die Stationierung ... eine Provokation": an act named or judged in a party's view
    # (a verb keeps its act: "Nach Ansicht der Bundesregierung hat Russland ... angegriffen")
    c0 = _clause_begin(toks, i0)
    c1 = next((k for k in range(i1 + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
    if (toks[i1].text[:1].isupper() or toks[i0].text.lower().startswith("bedroh")) \
            and DE_VIEW_PHRASE.search(" ".join(t.text.lower() for t in toks[c0:c1])):
        return True
    # "China hat gegen die Stationierung amerikanischer Raketen protestiert": what a party protests
    # against is the protest's object; the gold codes the protest (ACCUSE or PROTEST) only
    if toks[i0].text[:1].isupper() and any(
            toks[k].text.lower() == "gegen" and all(t.text.lower() in DE_DETERMINERS or t.text[:1].islower() for t in toks[k + 1:i0])
            for k in range(max(0, i0 - 4), i0)) and any(t.text.lower().startswith(("protest", "demonstr")) for t in toks[c0:c1]):
        return True
    if _de_background_pp(toks, i0) and not any(t.text.lower() in DE_FINITE for t in toks[i0:i1 + 1]):
        return True  # (not a pattern that runs on to the main verb: "auf die Zölle hat China Exportkontrollen verhängt")
    # "Als Provokation empfindet Peking das Treffen Tsai Ing-wens mit ...": a fronted view and its verb
    if toks and toks[0].text.lower() == "als" and any(t.text.lower() in DE_VIEW_VERBS for t in toks[1:6]) \
            and not any(t.text in (",", ";", ":") for t in toks[:i0]):
        return True
    # "Kanada befürchtet neue amerikanische Strafzölle", "Angst vor neuen Angriffen": the noun
    # object of a fear verb (only articles and adjectives in between) is a feared act
    for k in range(max(0, i0 - 5), i0):
        w = toks[k].text.lower()
        fear = w in DE_FEAR_VERBS or (w == "vor" and k > 0 and toks[k - 1].text.lower() in DE_FEAR_OF) or (
            # "Polen spricht von einem hybriden Angriff durch Belarus": how a party names what it sees
            w == "von" and k > 0 and toks[k - 1].text.lower() in ("spricht", "sprechen", "sprach", "sprachen", "rede"))
        # "die Bedrohung durch iranische Raketen", "die Gefahr neuer Sanktionen", "das Szenario eines
        # Angriffs": the act a danger noun names is the danger seen, not an act that took place
        # (a noun trigger only: "wegen der Bedrohung durch nordkoreanische Raketen neue Abfangsysteme
        # gekauft" is the purchase, matched from the noun to its verb)
        noun = toks[i1].text[:1].isupper()
        fear = fear or noun and (w in DE_DANGER_NOUNS or (w in ("durch", "von", "vor") and k > 0 and toks[k - 1].text.lower() in DE_DANGER_NOUNS))
        # "hat die USA vor Waffenlieferungen an Taiwan gewarnt", "warnt Washington vor neuen Zöllen":
        # the act warned against is feared (the warning is coded on its verb), whatever its type
        fear = fear or noun and w == "vor" and _de_warning_about(toks, k)
        # "Alarm wegen russischer Truppenbewegungen", "Besorgnis über die Manöver", "misstraut den
        # russischen Friedenstruppen": what alarms or is mistrusted is seen, not reported as done
        fear = fear or noun and (w in DE_MISTRUSTING or (w in ("wegen", "über") and k > 0 and toks[k - 1].text.lower() in DE_ALARM_NOUNS))
        if fear and all(t.text.lower() in DE_DETERMINERS or t.text[:1].islower() and t.text.isalpha()
                        and t.text.lower() not in DE_FINITE for t in toks[k + 1:i0]):
            return True
    # "Estland rechnet damit, dass Russland ... verlegt", "Seoul vermutet, dass Pjöngjang Munition
    # liefert", "geht davon aus, dass": an expected or suspected act (the whole dass-clause)
    for k in range(max(0, i0 - 25), i0 - 2):
        w = toks[k].text.lower()
        expecting = w in DE_EXPECTING or any(w == last and k > 0 and toks[k - 1].text.lower() in before
                                             for last, before in DE_EXPECTING_PHRASES) or (
            # "Pjöngjang hält es für ausgemacht, dass ...": a view of what the dass-clause says
            k >= 3 and toks[k - 1].text.lower() == "für" and toks[k - 2].text.lower() == "es" and toks[k - 3].text.lower() in DE_HOLDING)
        if expecting and toks[k + 1].text == "," and toks[k + 2].text.lower() != "dass" and not any(
                t.text in (",", ";", ":") for t in toks[k + 2:i0]) and any(t.text.lower() in DE_SUBJUNCTIVE for t in toks[k + 2:i1 + 3]):
            return True  # "Seoul vermutet, Nordkorea habe Russland Granaten geliefert": the believed act
        if expecting and toks[k + 1].text == "," and toks[k + 2].text.lower() == "dass" and not any(
                t.text in (",", ";", ":") for t in toks[k + 2:i0]):
            return True
    # "Es besteht die Gefahr, dass Russland das Baltikum angreift", "Die Sorge, dass China Taiwan
    # blockiert, wächst": the dass-clause of a danger or fear noun is the case feared
    dass = next((k for k in range(i0 - 1, max(-1, i0 - 15), -1) if toks[k].text.lower() == "dass"
                 or toks[k].text in (",", ";", ":") and (k + 1 >= len(toks) or toks[k + 1].text.lower() != "dass")), -1)
    if dass >= 2 and toks[dass].text.lower() == "dass" and toks[dass - 1].text == "," \
            and toks[dass - 2].text.lower() in DE_DANGER_NOUNS | DE_FEAR_OF | {"befürchtung", "befürchtungen"}:
        return True
    # "Die Gefahr eines Kriegs ist nach dem Angriff auf das Konsulat in Damaskus gestiegen", "Nach dem
    # Tod von 54 Soldaten fühlt sich Benin bedroht": in a sentence that states a fear or a danger, the
    # act a "nach dem ..." phrase names is its background, not an act the sentence reports
    nach = next((k for k in range(i0 - 1, max(-1, i0 - 5), -1) if toks[k].text.lower() == "nach"), -1)
    if nach >= 0 and all(t.text.lower() in DE_DETERMINERS or t.text[:1].islower() and t.text.isalpha() for t in toks[nach + 1:i0]) \
            and any(t.text.lower() in DE_DANGER_NOUNS | DE_FEAR_OF | DE_FEAR_VERBS | DE_FEAR_WORDS for t in toks[:i0] + toks[i1 + 1:]):
        return True
    # "Südkorea ist beunruhigt, weil Nordkorea Truppen an die Grenze verlegt": what alarms a party
    # is its view of the cause (the alarmed party is no actor of it)
    opener = max((k for k in range(0, i0) if toks[k].text in (",", ";", ":")), default=-1)
    if opener >= 1 and opener + 1 < i0 and toks[opener + 1].text.lower() in ("weil", "da", "nachdem") \
            and toks[opener - 1].text.lower() in DE_CONCERNED_OPENERS:
        return True
    for k in range(max(0, i0 - 6), i0 - 1):
        if toks[k].text.lower().endswith(DE_WORRIED) and toks[k + 1].text.lower() in ("wegen", "über", "gegen", "angesichts") and all(
                t.text.lower() in DE_DETERMINERS or t.text[:1].islower() and t.text.isalpha() for t in toks[k + 2:i0]):
            return True  # "Japan hat Sicherheitsbedenken wegen der chinesischen Marinemanöver": what worries a party
    opener, c_end = c0, c1  # the clause of the act, between the commas around it
    c0 = next((k for k, t in enumerate(toks) if t.start >= clause_start), 0)
    last = c_end - 1
    while last > opener and not toks[last].text[:1].isalpha():
        last -= 1  # (the full stop closing a trailing clause)
    if last - 1 > opener and toks[last].text.lower() in DE_PASSIVE_AUX_FINAL and toks[last - 1].text.lower() in DE_FEAR_VERBS | DE_AWAITING | DE_EXPECTING:
        last -= 1  # "..., weil ein iranischer Vergeltungsschlag befürchtet wurde": the passive of the fear
    if toks[opener].text.lower() in DE_FEAR_CLAUSE_OPENERS | DE_RELATIVE_OPENERS and opener > 0 and toks[opener - 1].text == "," \
            and last > opener + 2 and toks[last].text.lower() in DE_FEAR_VERBS | DE_EXPECTING | DE_AWAITING | DE_RECKONING:
        # "Katar hat seinen Luftraum geschlossen, weil ein iranischer Vergeltungsschlag befürchtet
        # wurde", "Polen, das einen russischen Angriff befürchtet, hat ...": a fear closing a
        # trailing or relative clause, however long the act named before it
        return True
    if c_end < len(toks) and toks[opener].text.lower() in DE_FEAR_CLAUSE_OPENERS and (
            toks[c_end - 1].text.lower() in DE_FEAR_VERBS | DE_EXPECTING | DE_AWAITING | DE_RECKONING
            # "Weil Seoul einen Atomtest für möglich hält", "Weil Taiwan eine Invasion nicht ausschließt"
            or (c_end - opener > 3 and toks[c_end - 1].text.lower() in DE_HOLDING and toks[c_end - 3].text.lower() == "für")
            or (c_end - opener > 3 and toks[c_end - 1].text.lower().startswith("ausschl") and toks[c_end - 2].text.lower() == "nicht")):
        return True  # "Weil Seoul einen Raketenangriff aus dem Norden fürchtet, hat es ...": the feared act
    # "Für Kiew ist die Stationierung russischer Atomwaffen in Belarus eine Bedrohung", "Die
    # Verlegung ... stellt eine Gefahr dar", "gilt als Provokation": an act noun judged a threat by
    # a copula is the judgement's subject, a view (as the Italian "rappresenta una minaccia")
    if toks[i0].text[:1].isupper() and any(t.text.lower() in DE_COPULA for t in toks[c0:c_end]):
        for k in range(i1 + 1, c_end):
            if toks[k].text.lower() in DE_COORD:
                break
            if toks[k].text.lower() in DE_JUDGED_NOUNS and any(t.text.lower() in ("ein", "eine", "einen", "als") for t in toks[max(i1 + 1, k - 3):k]):
                return True
    # "Kiew sieht in den gemeinsamen Manövern ... eine Vorbereitung auf eine Offensive": the view of
    # the subject, whatever the act seen (the decision-38 convention drops it)
    if any(toks[k].text.lower() in DE_SEEING_IN and toks[k + 1].text.lower() in ("in", "im") for k in range(c0, i0 - 1)):
        return True
    # "Die Verlegung nordkoreanischer Soldaten nach Russland alarmiert die Regierung in Seoul", "Die
    # Stationierung ... bereitet Polen große Sorgen": an act noun as the subject of a verb of worry
    # is what worries the object; the clause states the worry, not the act
    if not any(t.text.lower() in DE_FINITE or t.text.lower() in DE_CAUSING for t in toks[c0:i0]):
        after = [t.text.lower() for t in toks[i1 + 1:c_end]]
        if any(w in DE_ALARMING for w in after) or any(
                w in DE_CAUSING and any(x in DE_WORRY_NOUNS for x in after[j + 1:j + 7]) for j, w in enumerate(after)):
            return True
    return False


DE_SOURCE_BEFORE = re.compile(r"(?i)\bnach\s+(?:eigenen\s+)?(?:einschätzung|ansicht|auffassung|meinung|erkenntnissen|informationen"
                              r"|darstellung|schätzungen?|berechnungen|überzeugung|lesart|analysen?|angaben)\s+(?:(?:des|der|von|vom)\s+)?")


def _de_assessed_by(text: str, m: Mention) -> bool:
    """Is the mention the one whose assessment a fronted "Nach Einschätzung des BND" names (its
    genitive, with only adjectives or nouns between), not a party of the act?"""
    src = DE_SOURCE_BEFORE.search(text, max(0, m.start - 60), m.start)
    if src is None:
        return False
    words = text[src.end():m.start].split()
    if not re.search(r"(?i)(?:des|der|von|vom)\s+$", src.group(0)):
        # no article: the source follows at once or after its adjectives ("nach Erkenntnissen
        # amerikanischer Geheimdienste"); "nach eigenen Angaben einem Vorschlag Ägyptens" names none
        return "eigenen" not in src.group(0).lower() and len(words) <= 2 and all(
            w[:1].islower() and w.lower() not in DE_DETERMINERS and w.endswith(("e", "en", "er", "es")) for w in words)
    return len(words) <= 3 and all(w[:1].isupper() or w.endswith(("e", "en", "er", "es", "em")) and w not in DE_FINITE | DE_MODAL_AFTER
                                   for w in words)


DE_SOURCE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}zufolge\b")
DE_THREAT_CLOSERS = {"drohte", "drohten", "droht", "drohen", "warnte", "warnten", "warnt", "warnen"}
DE_INTENT_AFTER = {"werde", "werden", "wird", "wolle", "wollen", "will"}


DE_PREPARING = re.compile(r"^(?:verteidigung|abwehr|schutz|vorbereitung|pl[aä]n|planspiel|szenari|übung|manöver|simulation|ernstfall"
                          r"|notfall|eventualfall|abschreckung|gewappnet|wappne|rüste|gerüstet|bereite|vorbereitet|simulier|probt|probe"
                          r"|übt|üben|trainier|schütz|verteidig|wehr|vorsorge"
                          # speculation and debate about an act ("Spekulationen über einen israelischen Angriff"),
                          # adjusting to one ("stellt sich auf eine Blockade ein")
                          r"|spekulation|gerücht|mutmaßung|vermutung|befürchtung|debatte|diskussion|gedankenspiel|stellt|stellen|richtet|richten"
                          # a decision still to be taken on an act ("will über einen Angriff entscheiden")
                          r"|entscheid|entschied|abwäg|nachdenk|nachgedacht|berat|erwäg|prüf"
                          # talks about an act still to come ("will über eine Lockerung der Sanktionen reden")
                          r"|red|sprech|sprach|verhandel|diskutier)\w*$")
DE_PREVENTING = re.compile(r"(?:.* )?(?:abzuhalten|abzuschrecken|zu verhindern|zu verhüten|vorzubeugen|zu vereiteln|zu unterbinden"
                           r"|abzuwehren|zu erschweren)$")
DE_REVIEWING = re.compile(r"^(?:überprüf|prüf|überdenk|geprüft|überprüft)\w*$")
DE_REHEARSING = re.compile(r"^(?:übte|übten|geübt|probte|probten|geprobt|simulierte|simulierten|simuliert|trainierte|trainierten|trainiert)$")
DE_SCENARIO = re.compile(r"^(?:planspiel|szenario|gedankenspiel|simulation|kriegsspiel|computersimulation|übungsszenario|drehbuch"
                         r"|modellrechnung|krisenszenario|bedrohungsszenario)\w*$")


DE_COPULA = {"ist", "sind", "war", "waren", "bleibt", "bleiben", "wäre", "wären", "sei", "seien"}


def _de_exposed(toks: list[Token], k: int) -> bool:
    """Is German "ausgesetzt" at k the adjective "exposed to" ("sieht sich Angriffen ausgesetzt",
    "ist massiven Luftangriffen ausgesetzt") rather than the participle of "suspend"?"""
    if toks[k].text.lower() != "ausgesetzt":
        return False
    if k + 1 < len(toks) and toks[k + 1].text.lower() in DE_EXPOSED_WITH or toks[k - 1].text.lower() in DE_EXPOSED_WITH:
        return True
    start = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text in (",", ";", ":")), 0)
    if any(t.text.lower() in DE_COPULA for t in toks[start:k - 1]) and toks[k - 1].text[:1].isupper() \
            and (toks[k - 1].text.endswith("n") or toks[k - 1].text in ("Druck", "Beschuss", "Risiko")) and toks[k - 2].text.lower() != "die":
        # "Die Ukraine ist massiven Luftangriffen ausgesetzt" (a dative noun), not "Die Gespräche
        # sind ausgesetzt" (suspended)
        return True
    # "das sich ... ausgesetzt sieht", "Weil es sich ständigen Provokationen ausgesetzt sieht"
    return any(t.text.lower() == "sich" for t in toks[start:k]) and not any(t.text.lower() in ("hat", "haben", "hatte", "hatten") for t in toks[start:k])


def _de_scenario(toks: list[Token]) -> bool:
    """Does the German sentence tell a war game or scenario ("In einem Szenario der NATO greift
    Russland einen Bündnispartner an", "Im Planspiel ...")?"""
    if not toks or toks[0].text.lower() not in ("in", "im", "laut"):
        return False
    return any(DE_SCENARIO.match(t.text.lower()) for t in toks[1:5])


DE_CONDITION_HEADS = ("bedingung", "voraussetzung", "vorbehalt", "auflage")
# main-clause verbs that hold a fronted dass-clause as a belief, a doubt or a hope, not a fact
DE_DOUBTING = {"bezweifeln", "bezweifelt", "bezweifelte", "bezweifelten", "glauben", "glaubt", "glaubte", "glaubten", "halten", "hält",
               "hielt", "hielten", "fürchten", "fürchtet", "fürchtete", "befürchten", "befürchtet", "befürchtete", "schließen", "schließt",
               "schloss", "erwarten", "erwartet", "erwartete", "vermuten", "vermutet", "vermutete", "hoffen", "hofft", "hoffte",
               "bestreiten", "bestreitet", "bestritt", "dementiert", "dementierte"}
DE_PREPARED_PREPS = ("für", "gegen", "auf", "vor", "über", "um")
DE_ABLE = re.compile(r"\b(?:in der lage|imstande|im stande|fähig|befähigt)\b")  # "in der Lage sein, ... anzugreifen"
DE_SUPPOSED_ADJ = ("möglich", "etwaig", "eventuell", "denkbar", "potenziell", "potentiell", "künftig", "drohend", "befürchtet", "hypothetisch")
DE_INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines"}


DE_ANY = {"jeden", "jedem", "jede", "jedes", "jeglichen", "jeglichem", "jegliche", "jeglicher"}
DE_MAYBE = {"womöglich", "eventuell", "gegebenenfalls", "vielleicht", "erforderlichenfalls", "nötigenfalls", "allenfalls",
            "möglicherweise", "unter umständen"}
DE_LIKELY = ("denkbar", "möglich", "wahrscheinlich", "unwahrscheinlich", "realistisch", "unrealistisch", "ausgeschlossen",
             "unausweichlich", "absehbar", "unvermeidlich", "undenkbar", "reichweite", "greifbar")
DE_IMPENDING = DE_THREATENING - {"gedroht", "angedroht"}  # the finite forms: "Dem Sudan droht eine Hungersnot"
DE_PREPOSITIONS = OBJ_PREPS["de"] | {"während", "laut"}


DE_FEMININE_PARTIES = {"eu", "nato", "uno", "un", "schweiz", "hamas", "hisbollah", "regierung", "bundesregierung", "opposition",
                       "junta", "führung", "union", "allianz", "organisation", "koalition"}
DE_LOOM_ADVERBS = {"auch", "nun", "jetzt", "bereits", "schon", "zudem", "ebenfalls", "erneut", "weiterhin", "künftig", "bald"}
DE_PLURAL_PARTIES = {"usa", "vereinigten", "niederlanden", "philippinen", "emiraten", "taliban", "huthi", "huthis", "huthi-rebellen", "rebellen",
                     "staaten", "ländern", "mitgliedstaaten", "verbündeten", "partnern", "alliierten"}


def _de_faces(toks: list[Token], i1: int, ments: list[Mention]) -> bool:
    """Is the party before or after a finite "droht/drohen" the one something looms over, not
    the one who threatens? German marks it by case and number, not by word order:
    - a dative article ("Dem Iran droht ...", "Der Ukraine droht die Munition auszugehen",
      "Den USA droht ein Shutdown"): a dative is never the subject;
    - a plural verb after one bare singular state ("Russland drohen weitere Sanktionen", "Polen
      drohen Strafzahlungen"): the subject is the plural noun after the verb;
    - the inverted order with a bare noun after the party ("Nun drohen Serbien neue Sanktionen").
    A threat keeps "mit" (checked by the caller), a separable "an" or a party as its object."""
    if i1 == 0 or toks[i1].text.lower() not in ("droht", "drohen", "drohte", "drohten"):
        return False
    c0, end = _clause_begin(toks, i1), _clause_end(toks, i1)
    if end > 0 and toks[end - 1].text.lower() == "an":
        return False  # "droht Kanada neue Zölle an": androhen, a threat
    before = next((m for m in ments if m.end <= toks[i1].start and m.start >= toks[c0].start and not any(
        t.start >= m.end and t.end <= toks[i1].start for t in toks[c0:i1])), None)  # the party right before the verb
    if before is not None:
        k = next(j for j in range(c0, i1) if toks[j].end > before.start)
        art = toks[k - 1].text.lower() if k > c0 else ""
        head = toks[k].text.lower()
        last = toks[i1 - 1].text.lower()
        if art == "dem" or (art == "der" and (head.endswith(("e", "ei")) or last in DE_FEMININE_PARTIES)) \
                or (art == "den" and last in DE_PLURAL_PARTIES):
            return True  # "Der Ukraine droht ...": a dative
        if not art and k == c0 and toks[i1].text.lower() in ("drohen", "drohten") and last not in DE_PLURAL_PARTIES \
                and not any(t.text.lower() in ("und", "sowie", "oder") for t in toks[c0:i1]) and i1 + 1 < end \
                and toks[i1 + 1].text.lower() not in DE_DETERMINERS:
            return True  # "Russland drohen weitere Sanktionen": a singular state is no subject of "drohen"
    j = i1 + 1
    while j < end and toks[j].text.lower() in DE_LOOM_ADVERBS:
        j += 1  # "Nun drohen auch Kanada und Mexiko Strafzölle"
    parties = False
    while j < end and (any(m.start == toks[j].start for m in ments) or (parties and toks[j].text.lower() in ("und", "sowie", ","))):
        m = next((m for m in ments if m.start == toks[j].start), None)
        parties = parties or m is not None
        j = next((k for k in range(j + 1, end) if toks[k].start >= m.end), end) if m is not None else j + 1
    if (parties or (before is not None and toks[i1].text.lower() in ("drohen", "drohten"))) \
            and toks[c0].text.lower() not in ("wenn", "falls", "sollte", "dass", "weil"):
        # "Nun drohen Serbien neue EU-Sanktionen", "Kanada und Mexiko drohen Strafzölle von 25
        # Prozent": a bare noun after the party (or after the plural verb) is what looms
        while j < end and toks[j].text[:1].islower() and toks[j].text.isalpha() and toks[j].text.lower() not in DE_DETERMINERS:
            j += 1
        if j < end and toks[j].text[:1].isupper() and not any(m.start <= toks[j].start and m.end >= toks[j].end for m in ments):
            return i1 > c0 or not parties
    return False


def _de_faced_roles(toks: list[Token], looming: list[int], coded: dict[int, Event], ments: list[Mention]) -> list[int]:
    """What looms over a party is done to it: "Nun droht Russland ein Sanktionspaket der EU" is
    the EU's supposed act against Russia, "Venezuela droht ein amerikanischer Militärschlag" the
    United States' against Venezuela. The party the coder took as the subject becomes the target,
    and the other party named (a genitive, a demonym) the one who would act. Returns the keys of
    the acts that name no one who would act ("Dem Iran drohen neue Sanktionen"): an event needs
    its actor, and guessing one would invent it."""
    unowned = []
    for i1 in looming:
        if any(t.text.lower() in DE_OTHERWISE for t in toks[max(0, i1 - 3):i1]):
            continue  # "andernfalls drohen Russland Sekundärzölle": the demand before names who would act
        end = _clause_end(toks, i1)
        for k, e in coded.items():
            if i1 < k < end and e.modality == "hypothetical" and e.actors:
                faced = {a.code for a in e.actors}
                # the one who would act follows the act ("Strafmaßnahmen der G7") or qualifies it
                # ("ein amerikanischer Militärschlag"); a party in a phrase before it is its occasion
                # ("drohte wegen des Kaufs russischer Raketen der Ausschluss")
                actors = [r for r in e.recipients if r.code not in faced and (r.start >= e.trigger.start or not any(
                    t.text[:1].isupper() or t.text.lower() in DE_PREPOSITIONS for t in toks if r.end <= t.start < e.trigger.start)
                    and not any(t.text.lower() in DE_PREPOSITIONS for t in toks if r.start - 12 <= t.start < r.start))]
                actors = actors or [ActorRef.from_mention(m) for m in ments if m.source == "demonym" and m.code and m.code not in faced
                                    and m.end <= e.trigger.start and not any(t.text[:1].isupper() for t in toks if m.end <= t.start < e.trigger.start)][-1:]
                if not actors:
                    unowned.append(k)
                    continue
                e.actors, e.recipients = actors, e.actors
    return unowned


def _de_looms(toks: list[Token], i0: int, i1: int, trig: Trigger, ments: list[Mention]) -> bool:
    """Is a German threat verb the impersonal "is impending" ("Dem Sudan droht eine Hungersnot")?"""
    if trig.type != "THREATEN" or toks[i0].text.lower() not in DE_IMPENDING:
        return False
    if i1 > i0 and toks[i1].text.lower() == "an" and i1 + 1 < len(toks) and toks[i1 + 1].text not in (",", ";", ":", "."):
        i1 = i0  # "Der Ukraine droht an mehreren Frontabschnitten ...": a preposition, not the particle of "androhen"
    # a "mit" counts in the verb's own clause only ("Dem Iran droht die Rückkehr der Sanktionen,
    # wenn Teheran nicht mit der IAEA zusammenarbeitet"), unless a comma opens its content at once
    end = len(toks) if i1 + 1 < len(toks) and toks[i1 + 1].text == "," else next(
        (k for k in range(i1 + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
    return not any(t.text.lower() in ("mit", "damit") for t in toks[i1 + 1:end]) and (
        any(t.text.lower() in ("ein", "eine", "einen") for t in toks[i1 + 1:i1 + 8]) or _de_impending(toks, i1, ments))


def _de_impending(toks: list[Token], i1: int, ments: list[Mention]) -> bool:
    """Is "droht" impersonal, "is impending" ("Dem Sudan droht nach Angaben der UN die schlimmste
    Hungersnot", "Venezuela droht ... ein amerikanischer Militärschlag")? Its subject is then an
    event noun after the verb: an article (not after a preposition) and a noun that names no
    party, with no "mit" and no zu-infinitive ("droht der Ukraine mit Angriffen" is a threat)."""
    end = _clause_end(toks, i1)
    if _de_faces(toks, i1, ments):
        return True
    if _de_zu_clause(toks, i1 + 1):
        return False
    if i1 > 0 and toks[i1 - 1].text.lower() == "es" or i1 + 1 < len(toks) and toks[i1 + 1].text.lower() == "es":
        return True  # "oder es drohen neue Sanktionen", "droht es zu einer Eskalation zu kommen"
    for k in range(i1 + 1, end - 1):
        if toks[k].text.lower() not in DE_DETERMINERS or toks[k - 1].text.lower() in DE_PREPOSITIONS \
                or toks[k].text.lower() in ("dem", "den", "einem", "einen", "des", "eines"):
            continue  # (what looms is the subject, in the nominative: "Putin droht dem Westen" threatens)
        head = next((t for t in toks[k + 1:min(end, k + 4)] if t.text[:1].isupper()), None)
        if head is not None and not any(m.start <= head.start < m.end for m in ments):
            return True
    return False


def _de_prepared_for(toks: list[Token], i0: int) -> bool:
    """Is a German act noun the case a party prepares, plans or trains for ("rüstet sich für einen
    Angriff Russlands", "Planspiele für eine chinesische Invasion", "simulierten die Abwehr einer
    Invasion")? An act named with an indefinite article or as possible after such a head has not
    happened ("Verteidigung gegen den russischen Angriff" names one that has)."""
    if not toks[i0].text[:1].isupper():
        return False
    k = i0 - 1
    supposed = False
    while k >= 0 and k > i0 - 5 and (toks[k].text.lower() in DE_DETERMINERS or toks[k].text[:1].islower() and toks[k].text.isalpha()) \
            and toks[k].text.lower() not in DE_PREPARED_PREPS:
        w = toks[k].text.lower()
        supposed = supposed or w in DE_INDEFINITE or w.startswith(DE_SUPPOSED_ADJ)
        k -= 1
    if not supposed or k < 0 or (k > 0 and toks[k - 1].text.lower() == "als"):
        return False  # ("wertet die Stationierung als Vorbereitung einer Invasion": a view, perceived)
    if toks[k].text.lower() in DE_PREPARED_PREPS:
        # the head before the preposition, with "sich" between ("bereitet sich auf ... vor"), or the
        # verb that closes the clause ("will über einen Angriff entscheiden", "ist auf einen Angriff vorbereitet")
        end = next((j for j in range(i0 + 1, len(toks)) if toks[j].text in (",", ";", ":", ".")), len(toks))
        return any(DE_PREPARING.match(t.text.lower()) for t in toks[max(0, k - 3):k] if t.text.lower() != "sich") or (
            end - i0 <= 7 and any(DE_PREPARING.match(t.text.lower()) and t.text[:1].islower() for t in toks[end - 2:end]))
    return bool(DE_PREPARING.match(toks[k].text.lower()))  # a genitive: "die Abwehr einer Invasion"


EN_PREPARING = re.compile(r"^(?:defen[cs]e|defences|defenses|defend\w*|prepar\w*|plans?|planning|protect\w*|guard\w*|deter\w*|rehears\w*"
                          r"|simulat\w*|drills?|exercises?|war-?games?|scenarios?|contingenc\w*|brac\w*|readiness|ready)$")
EN_CONDITIONAL_ON = re.compile(r"\b(?:conditional|conditioned|contingent|dependent) (?:up)?on\b")
EN_SUPPOSED = {"a", "an", "any", "possible", "potential", "future", "eventual", "hypothetical", "feared", "expected"}


def _en_prepared_for(toks: list[Token], i0: int, i1: int) -> bool:
    """The English form of ``_de_prepared_for``: "adopted plans to defend against a Russian attack",
    "is preparing for a possible Chinese blockade", "drills simulating an invasion". An act a party
    prepares for has not happened; "defended itself against the Russian invasion" names one that has.
    An act made "conditional on" something is supposed too."""
    if EN_CONDITIONAL_ON.search(" ".join(t.text.lower() for t in toks[i1 + 1:_clause_end(toks, i1)])):
        return True
    k = i0 - 1
    supposed = False
    while k >= 0 and k > i0 - 5 and toks[k].text.lower() not in ("against", "for", "of") and (toks[k].text.isalpha() or "-" in toks[k].text):
        supposed = supposed or toks[k].text.lower() in EN_SUPPOSED
        k -= 1
    if not supposed or k < 0:
        return False
    if toks[k].text.lower() in ("against", "for"):
        return any(EN_PREPARING.match(t.text.lower()) for t in toks[max(0, k - 3):k])
    return bool(EN_PREPARING.match(toks[k].text.lower()))  # "simulating a Chinese invasion"


def _de_hypothetical(toks: list[Token], i0: int, i1: int) -> bool:
    """German frames of a supposed act the generic cues miss."""
    if _de_prepared_for(toks, i0):
        return True
    c0 = _clause_begin(toks, i0)
    c1 = _clause_end(toks, i1)
    if c0 > 1 and toks[c0 - 1].text == "," and _de_zu_clause(toks, c0) and any(
            CONDITIONAL["de"].match(t.text.lower()) for t in toks[_clause_begin(toks, c0 - 1):c0 - 1]):
        return True  # "China könnte ... versuchen, Taiwan zu erobern": the infinitive of a possibility
    if c0 == 2 and toks[1].text == "," and toks[2].text.lower() in ("die", "welche") and toks[0].text.lower() in DE_GENERIC_PARTIES:
        return True  # "Länder, die Russland mit Waffen beliefern, sollen ... bestraft werden": any that would
    if c0 > 0 and toks[c0].text.lower() == "um" and any(DE_ZU_INFINITIVE.match(t.text.lower()) or t.text.lower() == "zu" for t in toks[i0:c1]):
        return True  # "..., um die Regierung in Taipeh einzuschüchtern": a purpose, not an act of its own
    if toks[i0].text[:1].isupper() and any(t.text.lower().startswith("bevorstehend") for t in toks[i1 + 1:c1]):
        return True  # "da ein iranischer Angriff als unmittelbar bevorstehend gilt": impending, not yet done
    if toks[i0].text[:1].isupper() and any(t.text.lower() == "bevor" for t in toks[i1 + 1:c1]) and any(
            t.text.lower() in ("steht", "stehe", "stand", "stünde", "stehen", "standen") for t in toks[i1 + 1:c1]):
        return True  # "Ein Einmarsch Russlands stehe unmittelbar bevor": impending, not yet done
    if toks[i0].text[:1].isupper() and re.search(r"\bnicht (?:auszuschließen|ausgeschlossen|auszuschliessen)\b",
                                                 " ".join(t.text.lower() for t in toks[i1 + 1:c1])):
        return True  # "Ein russischer Angriff auf ein Nato-Land sei ... nicht auszuschließen": a possibility
    if any(t.text.lower() in DE_MAYBE for t in toks[c0:c1]):
        return True  # "Die USA verhängen womöglich neue Sanktionen": a possibility, wherever the adverb stands
    if toks[i0].text[:1].isupper() and i0 > 0 and toks[i0 - 1].text.lower() in DE_INDEFINITE | DE_ANY \
            or (i0 > 1 and toks[i0 - 2].text.lower() in DE_INDEFINITE and toks[i0 - 1].text[:1].islower()):
        after = [t.text.lower() for t in toks[i1 + 1:c1]]
        if any(w in ("ist", "sind", "gilt", "gelten", "scheint", "scheinen", "wäre", "sei", "erscheint", "bleibt") for w in after[:8]) \
                and any(w.startswith(DE_LIKELY) for w in after):
            return True  # "Ein Treffen zwischen Trump und Putin ist denkbar", "Ein Angriff Chinas gilt als unwahrscheinlich"
    if any(toks[k].text.lower() == "vor" and toks[k - 1].text.lower() == "kurz" and all(
            t.text.lower() in DE_DETERMINERS or t.text[:1].islower() and t.text.isalpha() for t in toks[k + 1:i0])
           for k in range(max(1, i0 - 4), i0 - 1)):
        return True  # "Nordkorea steht kurz vor einem neuen Atomtest": not yet
    if toks[i0].text[:1].isupper() and any(toks[k].text.lower() in DE_IMPENDING and not any(
            t.text.lower() in ("mit", "damit") or t.text in (",", ";", ":") for t in toks[k + 1:i0]) for k in range(max(0, i0 - 12), i0)):
        return True  # "Venezuela droht ein amerikanischer Militärschlag": an impending act has not happened
    if any(t.text.lower() == "entweder" for t in toks[max(0, i0 - 6):i0]) and any(t.text.lower() == "oder" for t in toks[i1 + 1:]):
        return True  # "Entweder Moskau stimmt einer Waffenruhe zu oder es drohen neue Sanktionen": an alternative
    if toks[i1].text[:1].isupper() and i0 >= 2 and toks[i0 - 2].text.lower() in ("für", "über") and any(
            t.text.lower().startswith(("bedingung", "voraussetzung", "vorbedingung")) for t in toks[max(0, i0 - 5):i0 - 2]):
        return True  # "stellte Schweden Bedingungen für die Zustimmung zum NATO-Beitritt": not given yet
    if toks[0].text.lower() == "ohne" and i0 < 6 and any(t.text.lower() in ("wäre", "wären", "hätte", "hätten", "würde", "würden")
                                                        for t in toks[i1 + 1:i1 + 4]):
        return True  # "Ohne amerikanische Hilfe wäre die Ukraine unterlegen": a counterfactual
    if toks[i0].text[:1].isupper() and i0 > 0 and (toks[i0 - 1].text.lower() in DE_ANY or (
            i0 > 1 and toks[i0 - 2].text.lower() in DE_ANY and toks[i0 - 1].text[:1].islower())):
        return True  # "werde jeden weiteren Angriff der Hisbollah beantworten": any such act is supposed
    c_end = c1
    after = [t.text.lower() for t in toks[i1 + 1:c_end]]
    if "abhängig" in after and ("von" in after[:after.index("abhängig")] or "davon" in after[:after.index("abhängig")]):
        return True  # "Die EU macht weitere Finanzhilfen von Reformen abhängig": aid on a condition
    if any(w in ("unter", "an") and any(x.startswith(DE_CONDITION_HEADS) for x in after[j + 1:j + 3]) for j, w in enumerate(after)):
        return True  # "stellt ihre Zustimmung unter die Bedingung, dass ...", "knüpft Hilfen an Bedingungen"
    um = next((k for k in range(i0 - 1, -1, -1) if toks[k].text.lower() == "um" or toks[k].text in (",", ";", ":")), -1)
    if um >= 0 and toks[um].text.lower() == "um" and c_end > i1 and DE_PREVENTING.match(
            " ".join(t.text.lower() for t in toks[max(i1 + 1, c_end - 2):c_end])):
        return True  # "Um China von einer Blockade Taiwans abzuhalten, ...": the act to be prevented
    if toks[i0].text[:1].isupper() and c_end - 1 > i1 and DE_REVIEWING.match(toks[c_end - 1].text.lower()):
        return True  # "lässt den Kauf von 88 Kampfjets aus den USA überprüfen": under review, not done
    if toks[i0].text[:1].isupper() and any(DE_REHEARSING.match(t.text.lower()) for t in toks[max(c0, i0 - 8):i0]):
        return True  # "Bei seinem Manöver übte China die Blockade ... und Angriffe auf Energieanlagen": rehearsed
    comma_k = next((k for k in range(i0 - 1, max(-1, i0 - 8), -1) if toks[k].text == ","), -1)
    if comma_k > 0 and (DE_ZU_INFINITIVE.match(toks[i1].text.lower()) or toks[i1 - 1].text.lower() == "zu") \
            and any(t.text.lower() in ("frist", "zeit", "ultimatum", "fristen") for t in toks[max(0, comma_k - 5):comma_k + 1]):
        return True  # "gibt Russland eine Frist bis Montag, um einer Waffenruhe zuzustimmen": the act demanded
    if _de_scenario(toks) and not any(t.text == ";" for t in toks[:i0]):
        return True  # "In einem geheimen Planspiel der Bundeswehr greift Russland die NATO an": a war game
    if toks[0].text.lower() == "dass" and i1 < c_end and c_end < len(toks) and toks[c_end].text == "," and any(
            t.text.lower() in DE_DOUBTING or t.text.lower().startswith(DE_LIKELY) for t in toks[c_end + 1:c_end + 8]):
        return True  # "Dass Russland die NATO angreift, halten Experten für unwahrscheinlich": a fronted supposition
    comma = next((k for k in range(i0 - 1, max(-1, i0 - 10), -1) if toks[k].text in (",", ";", ":")), -1)
    if comma > 0 and (DE_ZU_INFINITIVE.match(toks[i1].text.lower()) or toks[i1 - 1].text.lower() == "zu" or (
            i1 + 1 < len(toks) and toks[i1].text.lower() == "zu")) and DE_ABLE.search(" ".join(t.text.lower() for t in toks[max(0, comma - 8):comma])):
        return True  # "könnte bis 2029 in der Lage sein, die NATO anzugreifen": a capability, not an act
    # "Bei einem Bruch der Waffenruhe durch die Hamas werde Israel zurückschlagen, drohte Netanjahu":
    # with a closing threat, "bei einem <act>" is the case the threat names (also under
    # Konjunktiv-I "werde"; without the threat "Bei einem Treffen werden die Minister ..." is a setting)
    if _de_condition_subject_start(toks, i0) >= 0:
        return True  # "..., es sei denn, Israel stimmt einer Waffenruhe zu": the condition's own act
    # "Unter der Bedingung, dass Russland seine Truppen abzieht, würde Kiew verhandeln", "für den
    # Fall, dass", "unter der Voraussetzung, dass": the dass-clause of a condition noun is supposed
    dass = next((k for k in range(i0 - 1, max(-1, i0 - 15), -1) if toks[k].text.lower() == "dass"
                 or toks[k].text in (",", ";", ":") and (k + 1 >= len(toks) or toks[k + 1].text.lower() != "dass")), -1)
    if dass >= 1 and toks[dass].text.lower() == "dass":
        noun = dass - 2 if toks[dass - 1].text == "," else dass - 1
        if noun >= 0 and (toks[noun].text.lower() in DE_CONDITION_NOUNS or toks[noun].text.lower() == "abhängig"):
            return True  # (and "macht X davon abhängig, dass Washington seine Zölle zurücknimmt")
    closer = next((k for k in range(i1 + 1, len(toks) - 1) if toks[k].text == "," and toks[k + 1].text.lower() in DE_THREAT_CLOSERS), -1)
    # (opening the sentence, the case needs no "werde": "Bei einer Verletzung der Waffenruhe greift
    # Israel wieder an, warnte Netanjahu" puts the consequence in the present)
    if closer > 0 and i0 >= 2 and toks[i0 - 2].text.lower() == "bei" and toks[i0 - 1].text.lower() in ("einem", "einer") \
            and (i0 == 2 or any(t.text.lower() in DE_INTENT_AFTER for t in toks[i1 + 1:closer])):
        return True
    # ... and the act threatened for that case ("werde Israel mit voller Härte zurückschlagen")
    if closer > 0 and len(toks) > 2 and toks[0].text.lower() == "bei" and toks[1].text.lower() in ("einem", "einer") \
            and i0 < closer and not any(t.text in (",", ";") for t in toks[:i0]):
        return True
    if len(toks) > 2 and toks[0].text.lower() in ("nur", "erst") and toks[1].text.lower() in ("mit", "nach", "bei", "durch", "wenn", "falls"):
        return True  # "Nur mit Zustimmung des Kongresses können die USA ... liefern": acts on a condition
    if toks[i0].text[:1].isupper() and i0 >= 2 and any(toks[k].text.lower() == "gegenzug" for k in range(max(0, i0 - 5), i0 - 1)) \
            and any(t.text.lower() in DE_MODAL_AFTER | {"wäre", "wären"} for t in toks):
        return True  # "Im Gegenzug für Sicherheitsgarantien wäre die Ukraine bereit, ...": what would be given
    if toks and toks[0].text.lower() == "je" and len(toks) > 1 and toks[1].text.lower() in ("nachdem", "nach"):
        return True  # "Je nachdem, wie sich die Lage entwickelt, schickt Frankreich Soldaten": depending on a case
    # "ist die Hamas zur Freilassung aller Geiseln bereit", "zu einer Anerkennung Israels bereit":
    # what a party is ready for has not happened (decision: willingness, as 'wäre bereit')
    k = i0 - 1
    while k >= 0 and k > i0 - 4 and toks[k].text.lower() not in ("zu", "zur", "zum") and (
            toks[k].text.lower() in DE_DETERMINERS or toks[k].text[:1].islower() and toks[k].text.isalpha()):
        k -= 1
    if k >= 0 and toks[k].text.lower() in ("zu", "zur", "zum"):
        for t in toks[i1 + 1:i1 + 10]:
            if t.text in (",", ";", ":"):
                break
            if t.text.lower() == "bereit":
                return True
    return False


DE_CONDITION_NOUNS = {"bedingung", "voraussetzung", "maßgabe", "fall", "falle"}
DE_CONDITION_SUBJECT_OPENERS = {"falls", "wenn", "sobald", "solange", "sofern"}
DE_V2_CONDITION = {"vorausgesetzt", "denn"}  # "vorausgesetzt, Washington gibt ... auf", "es sei denn, Kairo verbessert ..."


def _de_condition_subject_start(toks: list[Token], i0: int) -> int:
    """Where the subject search of an act inside a German condition clause starts (a character
    offset), or -1: "..., falls Moskau die Waffenruhe breche", "..., es sei denn, Israel stimmt
    einer Waffenruhe zu": the condition's own subject acts there, never the main clause's."""
    for k in range(i0 - 1, max(-1, i0 - 12), -1):
        w = toks[k].text.lower()
        if w in (";", ":"):
            return -1
        if w == ",":
            if k > 0 and toks[k - 1].text.lower() in DE_V2_CONDITION and _de_named_subject(toks, k + 1, i0):
                return toks[k].end
            return -1
        if w in DE_CONDITION_SUBJECT_OPENERS and k > 0 and toks[k - 1].text == "," and _de_named_subject(toks, k + 1, i0):
            return toks[k].end
    return -1


def _de_named_subject(toks: list[Token], k: int, i0: int) -> bool:
    """Does a name stand first in the clause from ``k`` ("Moskau", "sich die Hisbollah", "auch
    Russland")? A pronoun or "das Land" there stands for a party of the main clause ("falls es
    Israel seine Flughäfen zur Verfügung stellt"), and the clause's first name is then no subject."""
    for t in toks[k:min(len(toks), i0 + 1, k + 4)]:
        w = t.text.lower()
        if w in PRONOUNS or w == "land":
            return False
        if t.text[:1].isupper() and w not in DE_DETERMINERS:
            return True
    return False


DE_ACCUSING = {"beschuldigt", "beschuldigen", "beschuldigte", "beschuldigten", "verdächtigt", "verdächtigen", "verdächtigte",
               "verdächtigten", "bezichtigt", "bezichtigte", "bezichtigten", "wirft", "werfen", "warf", "warfen", "vorgeworfen"}
DE_REFUTING = {"zurück", "zurückgewiesen", "dementiert", "dementierte", "dementierten", "bestritten", "bestritt", "bestreitet"}
DE_NEG_WORDS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"}


def _de_claimed_or_ruled_out(toks: list[Token], i0: int, i1: int) -> Modality | None:
    """German frames that make an act claimed by someone else, denied or ruled out."""
    # "Kiew verdächtigt Moskau, Kinder verschleppt zu haben", "wirft Russland vor, den Damm
    # gesprengt zu haben": the act is the content of the accusation (coded as the ACCUSE only)
    if any(toks[j].text.lower() == "zu" for j in range(i1 + 1, min(len(toks), i1 + 3))) or DE_ZU_INFINITIVE.match(toks[i1].text.lower()):
        for k in range(max(0, i0 - 12), i0):
            if toks[k].text.lower() in DE_ACCUSING and any(t.text == "," for t in toks[k + 1:i0]) \
                    and not any(t.text in (";", ":") for t in toks[k:i0]):
                return "perceived"
    # "Israel wies Berichte zurück, wonach seine Armee ein Krankenhaus bombardiert habe": the
    # act reported in the refuted claim
    for k in range(max(1, i0 - 15), i0):
        if toks[k].text.lower() == "wonach" and toks[k - 1].text == "," and any(
                t.text.lower() in DE_REFUTING for t in toks[max(0, k - 6):k]) and not any(t.text in (",", ";") for t in toks[k + 1:i0]):
            return "negated"
    # "Deutschland hat eine Lieferung von Taurus-Marschflugkörpern ausgeschlossen", "schloss eine
    # Lieferung aus": the noun object of ruling out (not "nicht ausgeschlossen": a possibility)
    c_end = _clause_end(toks, i1)
    if c_end > i1 + 1 and (toks[c_end - 1].text.lower() == "ausgeschlossen" or toks[c_end - 1].text.lower() == "aus" and any(
            t.text.lower() in ("schloss", "schlossen", "schließt", "schließen") for t in toks[max(0, i0 - 6):i0])):
        c0 = _clause_begin(toks, i0)
        if not any(t.text.lower() in DE_NEG_WORDS for t in toks[c0:c_end]):
            return "negated"
    return None


def _perception_opening(toks: list[Token], felt: set[str]) -> bool:
    """Does the sentence open with a phrase of fear or belief ("Fearing ...", "Convinced that ...",
    "Over concerns that ...", "Nel timore che ...", "Aus Sorge vor ...")?"""
    first = toks[0].text.lower() if toks else ""
    if " ".join(t.text.lower() for t in toks[:3]).startswith(EYES_OF):
        return True
    if first in BELIEF_OPENERS or first in felt or first in FRONTED - {"se", "face", "angesichts"}:
        return True
    return any(t.text.lower() in FEAR_NOUNS for t in toks[1:4])


CLOSING_AUX = {"ha", "hanno", "has", "have", "a", "ont", "hat", "haben", "han"}


def _closing_warning(toks: list[Token], i0: int, i1: int, ments: list[Mention], lang: str) -> tuple[Mention, Mention | None] | None:
    """Is the trigger the verb of a short clause closing the sentence after a comma (", ha
    avvertito Pechino", ", warnte Präsident Putin", ", Donald Trump warned")? Returns its speaker
    and the first other party named in the main clause (after a fronted condition, if any)."""
    comma = next((k for k in range(i0 - 1, max(-1, i0 - 8), -1) if toks[k].text == ","), -1)
    if comma <= 0 or any(t.text in (",", ";", ":") or t.text.lower() in THAT for t in toks[i1 + 1:]):
        return None
    if len([t for t in toks[i1 + 1:] if t.text.isalnum()]) > 6:
        return None
    tail_start, tail_end = toks[comma].end, toks[-1].end
    inner = [t for t in toks[comma + 1:i0] if not any(m.start <= t.start < m.end for m in ments)]
    if any(t.text.lower() not in CLOSING_AUX and not t.text[:1].isupper() for t in inner):
        return None
    speaker = next((m for m in ments if tail_start <= m.start < tail_end and m.code and m.kind in ("state", "organisation", "person", "role")), None)
    rx = CONDITIONAL.get(lang)
    v1 = lang == "de" and _de_v1_condition(toks) > 0  # "Bombardiert Israel ..., wird Iran zurückschlagen, warnte Teheran"
    if speaker is None or not (if_opened(toks[:1], lang) or v1 or any(
            t.text.lower() in IF_OPENERS.get(lang, set()) or (rx is not None and rx.match(t.text.lower())) for t in toks[:comma])):
        return None  # only a warning that closes a conditional statement ("would ... if ...")
    main_from = toks[0].start
    if if_opened(toks[:1], lang) or v1:
        first = next((k for k, t in enumerate(toks) if t.text == ","), comma)
        main_from = toks[first].end if first < comma else main_from
    main = [m for m in ments if main_from <= m.start < toks[comma].start and m.code and m.kind in ("state", "organisation", "person", "role")]
    # the warning is a threat only when the warner's side would act: "China werde nicht zögern,
    # warnte Wei Fenghe"; not an observer's ("Russland könnte erneut angreifen, warnte der
    # estnische Geheimdienst", "Ein Angriff auf das AKW würde eine Katastrophe auslösen, warnte Grossi")
    head_text = " ".join(t.text.lower() for t in toks[:comma])
    # ("Sollte Russland siegen, wäre Moldau das nächste Ziel, warnte Sandu": the warner's side as the
    # victim of another's act is no act of its own)
    own_side = any(m.code == speaker.code for m in main) and not any(
        t.text.lower() in VICTIM_WORDS for t in toks[:comma] if t.start >= main_from)
    first_person = any(t.text.lower() in FIRST_PERSON for t in toks[:comma])
    passive = bool(re.search(r"\b(?:would|will|could) be \w+ed\b|\bwerden\b|\bsarebbe stat|\bserait \w+é|\bsería \w+ado", head_text))
    # ("..., hätte das ernste Konsequenzen, warnte Blinken": consequences the warner would bring)
    # (for a named party: "schwerwiegende Folgen für Moskau"; "hätte katastrophale Folgen, warnte
    # Japan" is an observer's warning)
    # (after a condition clause: "Sollte China Waffen liefern, hätte das ernste Konsequenzen")
    opened = toks[0].text.lower() in IF_OPENERS.get(lang, set()) | V1_CONDITION.get(lang, set()) | {"should", "were", "würde"} or v1
    consequences = any(t.text.lower() in CONSEQUENCES and (opened or any(x.text.lower() in ("für", "for", "per", "pour", "para")
                                                                         for x in toks[k + 1:min(comma, k + 3)]))
                       for k, t in enumerate(toks[:comma]))
    if not own_side and not first_person and not passive and not consequences:
        return None
    parties = [m for m in ments if m.start < toks[comma].start and m.code and m.code != speaker.code
               and m.kind in ("state", "organisation", "person", "role")]
    # the party the main clause names, else the one the condition names ("Sollte sich Taiwan
    # für unabhängig erklären, werde China nicht zögern ..., warnte Wei Fenghe")
    target = next((m for m in parties if m.start >= main_from), parties[0] if parties else None)
    return speaker, target


VICTIM_WORDS = {"ziel", "opfer", "gefahr", "target", "victim", "victims", "bersaglio", "vittima", "obiettivo", "cible", "victime",
                "objetivo", "víctima", "blanco"}
PASSIVE_BEFORE = re.compile(r"(?i)\b(?:stat[oaie]|sono|è|was|were|been|été|sido|fue|fueron|wurden?|worden)\s+(?:\w+\s+)?\w+(?:t[oaie]|ed|en|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|si|se|ssi|sse)\s+\S+\s*$")
IN_CASE = ("im fall ", "im falle ", "für den fall", "in case of", "in the event of", "nel caso di", "in caso di", "en cas de",
           "en caso de", "dans le cas")
SPOKEN = {"sapere", "kündigte", "kündigt", "kündigten", "werde", "sei", "habe", "announced", "vowed", "pledged"}  # German Konjunktiv I reports
ALLEGED = {"alleged", "presunto", "presunta", "presunti", "presunte", "présumé", "présumée", "supuesto", "supuesta", "mutmaßliche",
           "mutmaßlichen", "angebliche", "angeblichen"}
COMPARING = {"come", "like", "as", "comme", "como", "wie"}


def _closed_aside(before: list[Token], lang: str) -> bool:
    """Is there a closed aside before the trigger, whose time is its own: a relative clause
    between commas ("Le truppe, che già nel 2011 si erano scontrate, hanno ripreso ...") or a
    fronted comparison ("Come già nel 2022, la Cina ha circondato Taiwan")?"""
    commas = [k for k, t in enumerate(before) if t.text == ","]
    if not commas:
        return False
    if before[0].text.lower() in COMPARING:
        return True
    return len(commas) >= 2 and before[commas[-2] + 1].text.lower() in RELATIVE_OPENERS | SUBJECT_RELATIVES


BEHIND = re.compile(r"(?i)\b(?:behind|responsible for|dietro|responsabil[ei] (?:del|della|dell|dei|di)|derrière|responsables? (?:de|du|des)|"
                    r"detrás de|hinter|verantwortlich für)\b")


def _blamed_in_report(lex: Lexicon, toks: list[Token], i0: int, ments: list[Mention], actor_refs: list[ActorRef]) -> tuple[Mention, list[ActorRef]] | None:
    """Is the act the object of "behind" / "responsible for" in what someone reports ("told
    parliament that Indian agents may have been behind the killing")? Returns the speaker and
    the accused (the act's own actors)."""
    that = next((k for k in range(i0 - 1, -1, -1) if toks[k].text.lower() in THAT), None)
    if that is None or not actor_refs or not BEHIND.search(" ".join(t.text for t in toks[that + 1:i0])):
        return None
    said = toks[max(0, that - 8):that]
    cue = lex.cues.has("reported", said)
    if cue < 0:
        return None
    cue_start = said[cue].start
    speaker = next((m for m in ments if m.end <= cue_start and m.code and m.kind in ("state", "organisation", "person", "role")), None)
    if speaker is None or speaker.code in {a.code for a in actor_refs}:
        return None
    return speaker, actor_refs


MUST = {"must", "should", "deve", "devono", "doit", "doivent", "debe", "deben", "muss", "müsse", "müssen"}


def _must_in_report(lex: Lexicon, toks: list[Token], i0: int, ments: list[Mention], actor_refs: list[ActorRef]) -> Mention | None:
    """Is the act something its actor "must" do, in what another party says ("Ukraine must
    withdraw ..., Vladimir Putin said", "Lavrov said Kyiv must accept ...")? Returns the speaker."""
    if not actor_refs or not any(t.text.lower() in MUST for t in toks[max(0, i0 - 3):i0]):
        return None
    if lex.cues.has("negation", toks[max(0, i0 - 3):i0]) >= 0:
        return None  # "must not" forbids: left as it is
    first = min(a.start for a in actor_refs)
    codes = {a.code for a in actor_refs}
    comma = next((k for k in range(len(toks) - 1, i0, -1) if toks[k].text == ","), None)
    if comma is not None and len([t for t in toks[comma + 1:] if t.text.isalnum()]) <= 7 and lex.cues.has("reported", toks[comma + 1:]) >= 0:
        tail = toks[comma].end  # a closing ", Vladimir Putin said"
        return next((m for m in ments if m.start >= tail and m.code and m.code not in codes
                     and m.kind in ("state", "organisation", "person", "role")), None)
    said = [t for t in toks if t.end <= first][-6:]
    cue = lex.cues.has("reported", said)
    if cue < 0:
        return None
    return next((m for m in reversed(ments) if m.end <= said[cue].start and m.code and m.code not in codes
                 and m.kind in ("state", "organisation", "person", "role")), None)


RECIPROCAL = re.compile(r"(?i)\b(?:each other|one another|a vicenda|reciprocamente|l'un l'altro|mutuellement|réciproquement|"
                        r"l'un l'autre|mutuamente|recíprocamente|gegenseitig|einander)\b")
ONE_WAY_TYPES = {"SANCTION", "ACCUSE", "ASSAULT", "THREATEN", "COERCE", "REJECT", "REQUEST"}


def _reciprocal(toks: list[Token], i0: int, e: Event) -> list[Event]:
    """ "Ottawa and New Delhi expelled each other's top diplomats": two parties acting on each
    other are two events, one each way. Returns them, or nothing when the act is not mutual."""
    codes = list(dict.fromkeys(a.code for a in e.actors if a.code))
    if e.type not in ONE_WAY_TYPES or len(codes) != 2 or e.recipients:
        return []
    window = toks[i0:i0 + 10]
    if not window or not RECIPROCAL.search(" ".join(t.text for t in window).replace(" '", "'").replace("' ", "'")):
        return []
    out = []
    for k, code in enumerate(codes):
        mine = [a for a in e.actors if a.code == code]
        theirs = [a for a in e.actors if a.code == codes[1 - k]][:1]
        out.append(dataclasses.replace(e, id=content_id(f"{e.id}|{k}", "e"), actors=mine, recipients=theirs))
    return out


SHARING = {"THREATEN", "ACCUSE", "REQUEST", "SANCTION", "REJECT", "AGREE", "SUPPORT"}


def _share_objects(toks: list[Token], coded: dict[int, Event]) -> None:
    """ "Zarif blamed Israel for the explosion and vowed revenge": a second verb joined by "and"
    with the same subject and no object of its own is aimed at the first verb's object."""
    order = sorted(coded)
    for a, b in zip(order, order[1:], strict=False):
        first, second = coded[a], coded[b]
        if second.recipients or not first.recipients or second.type not in SHARING:
            continue
        if {x.code for x in first.actors} != {x.code for x in second.actors}:
            continue
        if b > 0 and toks[b - 1].text.lower() in COORD_WORDS and not any(t.text in (";", ":") for t in toks[a:b]):
            second.recipients = list(first.recipients)


def _received(toks: list[Token], i0: int, idx: list[int], pos: str) -> bool:
    """Is the aid received rather than given: a receiving verb in the trigger ("received F-16s")
    or, for a noun, just before it ("secured a loan from the IMF", "ha ottenuto un prestito")?"""
    if any((toks[k].lemma or "").lower() in RECEIVE or toks[k].text.lower() in RECEIVE for k in idx or [i0]):
        return True
    if pos != "noun" and not (i0 > 0 and toks[i0 - 1].text.lower() == "di"):  # "squadre di soccorso": a noun
        return False
    for k in range(i0 - 1, max(-1, i0 - 6), -1):
        w = toks[k].text.lower()
        if w in (",", ";", ":") or w in THAT:
            return False
        if w in RECEIVE or (toks[k].lemma or "").lower() in RECEIVE:
            return True
    return False


def _negative_condition(lex: Lexicon, toks: list[Token], i0: int, lang: str) -> bool:
    """Does the if-clause around the trigger at ``i0`` state an absence ("unless Israel agrees",
    "if it did not make a deal", "if it refused")?"""
    k = _condition_opener(toks, i0, lang)
    return k >= 0 and (toks[k].text.lower() in NEGATIVE_OPENERS or lex.cues.has("negation", toks[k + 1:i0 + 1]) >= 0
                       or toks[i0].text.lower().startswith(("refus", "rifiut", "rechaz", "weiger")))


NEGATIVE_OPENERS = {"unless"}


def _joins_quantities(toks: list[Token], k: int) -> bool:
    """Is token k a conjunction before a number or "other" ("a Patriot battery and about 40
    Marder vehicles", "e 40 veicoli"): it joins two things of one list, not two clauses?"""
    return toks[k].text.lower() in COORD_WORDS and any(
        t.text[:1].isdigit() or t.text.lower() in QUANTITY_WORDS for t in toks[k + 1:k + 3])


QUANTITY_WORDS = {"other", "another", "more", "altri", "altre", "altro", "altra", "autres", "autre", "otros", "otras", "otro",
                  "otra", "weitere", "weiteren", "andere", "dozens", "hundreds", "thousands", "decine", "centinaia", "migliaia",
                  "dizaines", "centaines", "milliers", "decenas", "cientos", "miles", "dutzende", "hunderte", "tausende"}


def _between_names(toks: list[Token], k: int, ments: list[Mention]) -> bool:
    """Is token k a conjunction with an actor mention right before and right after it?"""
    left = toks[k - 1].end if k > 0 else -1
    right = toks[k + 1].start if k + 1 < len(toks) else -1
    ends = {m.end for m in ments}
    starts = {m.start for m in ments}
    return left in ends and (right in starts or (k + 2 < len(toks) and toks[k + 2].start in starts))


DE_BACKGROUND = {"nach", "wegen", "angesichts", "trotz", "seit"}
GIVING = re.compile(r"(?i)\b(?:fornir|invia|inviar|dare|dar|consegn|vend|suppl|send|give|sell|fourn|envoy|livr|suministr|enviar|"
                    r"entreg|liefer|schick)\w*\s+\S+\s*$")
ANYONE = {"they", "them", "any", "anyone", "anybody", "chiunque", "qualsiasi", "qualunque", "quiconque", "cualquier", "cualquiera",
          "jemand", "jeder", "jedes", "wer"}  # "if any country tried to ...": a party, if unnamed
# "if its oil exports were blocked", "if forced to defend itself": the condition concerns a party
PRISON_TERM = re.compile(r"(?i)\s+(?:(?:of|in)\s+(?:a\s+)?(?:prison|jail|penal colony|labou?r camp|hard labou?r)|behind bars)\b")
UNLESS_WORDS = {"unless", "meno", "moins", "menos", "denn"}  # "unless", "a meno che", "à moins que", "a menos que", "es sei denn"
CONDITION_OWNERS = {"its", "their", "itself", "themselves", "his", "her", "suo", "sua", "loro", "son", "sa", "ses", "leur", "su", "sus",
                    "sein", "seine", "seinen", "ihr", "ihre", "ihren", "sich"}
ONLY = {"only", "nur", "solo", "soltanto", "seulement", "sólo", "solamente"}
BACKGROUND_PREPS = (AFTER_WORDS - {"nachdem"}) | {"following", "since", "depuis", "desde", "seit"}
PREP_LINKS = {"de", "del", "de la", "di", "dal", "dalla", "dall", "da"}  # "después de la invasión", "a un giorno dalla firma"


def _fronted_background(toks: list[Token], i0: int, later: list[Match]) -> bool:
    """Is the noun at ``i0`` the time phrase fronted before a main clause ("After the invasion of
    Ukraine, the Baltic states ...", "Nach dem Überfall der Hamas hat Israel ...")? It dates the
    main event; an earlier act dated by its own distance ("Ten years after its first test") stays."""
    k = i0 - 1
    while k >= 0 and i0 - k <= 4 and toks[k].text.lower().rstrip("'’") in ARTICLES | PREP_LINKS | {"first", "primo", "prima", "ersten", "premier", "primer"}:
        k -= 1
    if k < 0 or toks[k].text.lower() not in BACKGROUND_PREPS and not (
            toks[k].text.lower() in ("giorno", "giorni") and k > 0 and toks[k + 1].text.lower().startswith("da")):
        return False
    if k > 1 and toks[k - 1].text.lower() not in (",", ";"):
        return False  # a time phrase inside the clause ("was freed after talks"), not fronted
    if YEARS_AGO.search(" ".join(t.text for t in toks[max(0, k - 4):k + 1])):
        return False
    comma = next((j for j in range(i0 + 1, len(toks)) if toks[j].text in (",", ";")), None)
    if comma is None:
        return _de_verb_second(toks, i0, later)
    return comma + 2 < len(toks)  # a main clause follows the phrase


TIME_UNITS = {"giorno", "giorni", "settimana", "settimane", "ore", "mese", "mesi", "day", "days", "week", "weeks", "hours", "month",
              "months", "jour", "jours", "semaine", "semaines", "heures", "mois", "día", "días", "semana", "semanas", "horas", "meses",
              "tag", "tage", "tagen", "woche", "wochen", "stunden", "monat", "monaten", "year", "years", "decade", "decades", "anno", "anni",
              "an", "ans", "année", "années", "año", "años", "jahr", "jahre", "jahren", "jahrzehnt"}
TIME_LINKS = {"da", "dal", "dalla", "dall", "dopo", "after", "before", "prima", "après", "avant", "de", "del", "después", "antes",
              "nach", "vor"}


def _time_distance(toks: list[Token], i0: int) -> bool:
    """Is the noun at ``i0`` the point a distance in time is measured from ("a un giorno dalla
    firma", "two days after the summit", "zwei Tage nach dem Treffen")?"""
    k = i0 - 1
    while k >= 0 and i0 - k <= 3 and toks[k].text.lower().rstrip("'’") in ARTICLES:
        k -= 1
    return k >= 1 and toks[k].text.lower().rstrip("'’") in TIME_LINKS and toks[k - 1].text.lower() in TIME_UNITS


def _de_verb_second(toks: list[Token], i0: int, later: list[Match]) -> bool:
    """German puts no comma after a fronted phrase: "Nach dem Überfall der Hamas hat Israel ...";
    the finite verb right after the phrase starts the main clause."""
    return any(m[0] > i0 for m in later) and any(t.text.lower() in DE_FINITE for t in toks[i0 + 1:i0 + 5])


ARTICLES = {"il", "lo", "la", "i", "gli", "le", "l", "un", "una", "the", "a", "an", "les", "une", "el", "los", "las", "der", "die",
            "das", "den", "dem", "des", "einen", "einer", "einem", "eines", "its", "their", "his", "her", "sua", "suo", "son", "sa", "ses", "su",
            "seinem", "seiner", "ihrem", "ihrer"}


def _after_prep(toks: list[Token], i0: int, preps: set[str], adjectives: int = 0) -> bool:
    """Is the token at i0 introduced by a preposition (allowing an article, and with ``adjectives``
    that many lower-case words: "after a rare visit", in between)?"""
    for k in range(i0 - 1, i0 - 3 - adjectives, -1):
        if k < 0:
            return False
        w = toks[k].text.lower().rstrip("'")
        if w in preps:
            return True
        if adjectives and toks[k].text.isalpha() and toks[k].text.islower() and k < i0 - 1 + adjectives:
            continue
        if w not in {"il", "lo", "la", "i", "gli", "le", "l", "un", "una", "the", "a", "an", "les", "une", "el", "los", "las", "der", "die", "das", "den", "dem", "einen", "einer", "einem",
                     "his", "her", "its", "their", "sua", "suo", "sue", "suoi", "son", "sa", "ses", "leur", "su", "sus", "seine", "seinen", "seinem", "ihre", "ihren", "ihrem"}:
            return False
    return False


def _preceded_by(text: str, m: Mention, words: set[str] | frozenset[str]) -> bool:
    """Is the mention directly preceded by one of ``words`` (allowing an article in between)?"""
    left = text[max(0, m.start - 40):m.start].lower()
    if left.rstrip().endswith((",", ";", ":")):
        return False  # "Fearing the fighting could spill over, Chad closed ...": a clause ends before the name
    toks = re.findall(r"[\w]+'?|'", left)
    while len(toks) > 1 and toks[-1] in COMPASS:
        toks.pop()  # "in northern Syria", "in north-eastern Syria": the region of the place
    if not toks:
        return False
    cand = [toks[-1].rstrip("'")]
    if len(toks) >= 2:
        cand.append(toks[-2].rstrip("'"))  # "a la", "con il", "to the"
    articles = {"il", "lo", "la", "i", "gli", "le", "l", "the", "les", "los", "las", "el", "der", "die", "das", "den", "dem", "des", "un", "una", "a", "an", "suo", "sua", "loro", "its", "their", "his", "her", "ses", "son", "sa", "leurs", "su", "sus", "seinen", "seine", "ihren", "ihre",
                "ein", "eine", "einen", "einem", "einer", "eines", "une", "uno", "unos", "unas", "seinem", "ihrem"}
    if cand[0] in words:
        return True
    return len(cand) > 1 and cand[0] in articles and cand[1] in words


def _with_coordinated(text: str, head: Mention, pool: list[Mention], fillers: list[Mention] | None = None) -> list[Mention]:
    """The head mention plus those joined to it by 'e', 'and', ',' ... on either side; the text of
    ``fillers`` (titles, adjectives: "und Chinas Staatschef Xi") does not count between them."""
    out = [head]
    # a possessor ("Guyana's Irfaan Ali") is part of the name it owns, not a list item
    ordered = sorted((m for m in pool if m.source != "modifier" or m is head), key=lambda m: m.start)
    i = ordered.index(head) if head in ordered else -1
    if i < 0:
        return out
    def joined(a: Mention, b: Mention) -> bool:
        between = POSSESSOR.sub("", text[a.end:b.start])  # "Justin Trudeau and Spain's Pedro Sanchez"
        for f in fillers or ():
            if a.end <= f.start and f.end <= b.start:
                between = between.replace(f.text, " ", 1)
        between = re.sub(r"\s(?:'s|’s)(?=\s)", " ", between)  # ("and Kosovo's Prime Minister Albin Kurti": once the names are out)
        if not COORD.match(between):
            return False
        if not between.strip().startswith(","):
            return True
        # "una amenaza china, Japón": a bare comma does not join an adjective to a name; list items
        # share their form ("des États-Unis, du Japon"), so "de la Turquie, la Russie" is no list
        if between.strip() == "," and "demonym" in (a.source, b.source):
            return False
        if between.strip() == "," and not LIST_GOES_ON.match(text[b.end:b.end + 90]):
            # "Alarmed by Wagner in Belarus, Poland said ...": a bare comma joins list items only
            # when the list ends with a conjunction ("España, Francia y Alemania")
            return False
        if between.strip() != "," and not any(w in between.lower() for w in (" e ", " and ", " et ", " y ", " und ", " ed ", "&", "sowie")):
            # "della speaker Nancy Pelosi, l'Esercito popolare ...": a comma and an article join
            # only items that share a preposition or a list that ends with a conjunction
            return (_preceded_by(text, a, LIST_PREPS) and _preceded_by(text, b, LIST_PREPS)) or bool(
                LIST_GOES_ON.match(text[b.end:b.end + 90]))
        return True

    j = i
    while j > 0 and joined(ordered[j - 1], ordered[j]):
        j -= 1
        out.insert(0, ordered[j])
    j = i
    while j + 1 < len(ordered) and joined(ordered[j], ordered[j + 1]):
        j += 1
        out.append(ordered[j])
    return out


def _refs(ms: list[Mention]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for m in ms:
        if m.kind == "role" and m.value and "," in m.value:  # "the two nations" -> both states
            for code in m.value.split(","):
                out.append(ActorRef(m.text, m.start, m.end, code, m.sector, None, None, True))
            continue
        out.append(ActorRef.from_mention(m))
    return out


@register_stage("events", requires=("mentions",), assigns=("events",))
def make_events(config: Config) -> EventStage:
    return EventStage(str(config["events"]["codebook"]), dict(config["events"].get("lexicons", {})))


def _geo_context(text: str, m: Mention, hostile: bool = False) -> bool:
    """Is the mention part of a geographic feature ("al confine con la Siria", "the Sea of Japan")?"""
    nxt = re.match(r"\s+(\w+)", text[m.end:m.end + 30])
    if m.source == "demonym" and nxt is not None and nxt.group(1).lower() in GEO_AFTER_DEMONYM and not hostile:
        # (an attack on "die russische Region Kursk" is aimed at Russia)
        return True  # "the southern Italian region of Apulia", "Russian airspace": a place, not a party
    words = re.findall(r"\w+", text[max(0, m.start - 40):m.start].lower())
    for w in reversed(words[-4:]):
        if w in GEO_NOUNS:
            return True
        if w not in GEO_LINKS:
            return False
    return False


def _after_phrase(text: str, m: Mention, phrases: tuple[str, ...]) -> bool:
    """Is the mention introduced by one of the multi-word ``phrases`` (an article may follow)?"""
    left = re.sub(r"\s+", " ", text[max(0, m.start - 30):m.start].lower()).rstrip()
    left = re.sub(r"\b(?:il|lo|la|l'|i|gli|le|the|les|el|los|las|der|die|das|den|dem|du|des)$", "", left).rstrip()
    return any(left.endswith(p) for p in phrases)


PARTICIPLE = {
    "it": re.compile(r"\w{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|esso|essa|essi|esse)$"),
    "fr": re.compile(r"\w{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)$"),
    "es": re.compile(r"\w{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$"),
    "en": re.compile(r"\w{3,}ed$"),
}
# irregular Italian participles ("uccisi", "prese", "distrutti"), only where a known trigger stands
# (the PARTICIPLE pattern itself would take too many other words for them)
IT_STRONG_PARTICIPLE = re.compile(r"\w+(?:si|se|tti|tte)$")
# words after which a participle belongs to a compound tense, not to a noun it describes
AUX_BEFORE = {"ha", "hanno", "ho", "abbiamo", "avevano", "aveva", "è", "sono", "era", "erano", "stato", "stata", "stati", "state",
              "essere", "avere", "aver", "esser", "sia", "siano", "abbia", "abbiano", "si", "non", "già", "poi", "mai", "anche",
              "a", "ont", "avait", "avaient", "est", "sont", "été", "être", "avoir", "ne", "pas", "jamais", "déjà", "y", "en", "se",
              "han", "había", "habían", "fue", "fueron", "sido", "haber", "ser", "no", "ya", "le", "lo", "la", "les",
              "has", "have", "had", "was", "were", "been", "be", "being", "is", "are", "not", "never", "also", "and", "e", "et",
              "o", "or", "ou", "who", "which", "that", "che", "qui", "que", "it", "they", "he", "she", "il", "elle", "ils"}  # fmt: skip


def _reduced_relative(toks: list[Token], i0: int, lang: str) -> bool:
    """A participle right after a noun phrase, with no auxiliary ("donne israeliane tenute in
    ostaggio", "prisoners held by", "otages détenus"): it describes that noun."""
    rx = PARTICIPLE.get(lang)
    if rx is None or i0 == 0 or not rx.search(toks[i0].text.lower()):
        return False
    prev = toks[i0 - 1].text
    if lang == "en":
        # "the truce in Gaza brokered by Qatar" describes; "after Azerbaijan launched an
        # offensive", "after protesters stormed parliament" are a subject and its verb: only a
        # preposition after the participle describes
        nxt = toks[i0 + 1].text.lower() if i0 + 1 < len(toks) else ""
        k = i0 - 1
        while k > 0 and toks[k].text[:1].isupper():
            k -= 1
        if k < i0 - 1 and toks[k].text == ",":
            return False  # ", Vladimir Putin warned on Tuesday": a closing clause's subject and verb
        if nxt == "to" and i0 + 2 < len(toks) and toks[i0 + 2].text.isalpha() and toks[i0 + 2].text.islower() \
                and toks[i0 + 2].text not in ("the", "a", "an", "its", "their", "his", "her"):
            return False  # "Yoon Suk Yeol agreed to expand": a verb and its infinitive
        return prev.isalpha() and nxt in ("by", "in", "at", "on", "to", "from", "for", "with", "during", "since", "of", "over",
                                          "as", "under", "near", "into", "after")
    return prev.isalpha() and prev.lower() not in AUX_BEFORE and prev[0].islower()


QUANTITY = {"centinaia", "migliaia", "decine", "milioni", "hundreds", "thousands", "dozens", "tens", "millions", "milliers",
            "centaines", "dizaines", "cientos", "centenares", "decenas", "miles", "millones", "tausende", "hunderte",
            "dutzende", "zehntausende", "gruppo", "group", "groupe", "grupo", "gruppe"}  # fmt: skip


def _in_genitive(text: str, m: Mention, lang: str) -> bool:
    """ "lors du vote de l'Assemblée générale": a genitive complement of a noun is no subject, but
    "Centinaia di manifestanti" (a quantity) is."""
    if not _preceded_by(text, m, GENITIVE.get(lang, set())):
        return False
    words = re.findall(r"\w+", text[max(0, m.start - 40):m.start].lower())
    while words and words[-1] in {"il", "lo", "la", "i", "gli", "le", "l", "the", "les", "los", "las", "el", "der", "die", "das", "den", "dem"}:
        words.pop()
    return len(words) < 2 or words[-2] not in QUANTITY


def _proposed(toks: list[Token], i0: int, i1: int, lang: str) -> bool:
    """Is the nominal trigger the object of a proposal or recommendation in its clause?"""
    for k in range(max(0, i0 - 4), i0):
        if toks[k].text.lower() in PROPOSING and not any(t.text in (",", ";") for t in toks[k:i0]):
            return True
    if lang == "de":  # the participle closes the clause: "haben den Austritt ... empfohlen"
        for k in range(i1 + 1, min(len(toks), i1 + 13)):
            if toks[k].text in (",", ";", "."):
                break
            if toks[k].text.lower() in PROPOSING:
                return True
    return False


def _it_unowned_after_noun(toks: list[Token], i0: int, actor_refs: list[ActorRef]) -> bool:
    """"La Finlandia considera il confine ... la frontiera più esposta dopo l'invasione
    dell'Ucraina": an act named in a 'dopo' phrase whose author is not named in it is the
    background of the sentence; the main clause's subject did not do it."""
    k = next((k for k in range(max(0, i0 - 3), i0) if toks[k].text.lower() == "dopo"), None)
    if k is None or not all(t.text.lower().rstrip("'’") in NOUN_ARTICLES["it"] | {"l"} for t in toks[k + 1:i0]):
        return False
    return bool(actor_refs) and all(a.end <= toks[k].start for a in actor_refs)


def _it_troops_destination(toks: list[Token], i0: int, i1: int, sent_ments: list[Mention]) -> Mention | None:
    """The state named by "in/nel/nella <state>" inside a troop-sending trigger or right after it."""
    for k in range(i0 + 1, min(len(toks) - 1, i1 + 4)):
        if toks[k].text in (",", ";", ":"):
            return None
        if toks[k].text.lower() in ("in", "nel", "nella", "negli", "nei"):
            return next((m for m in sent_ments if m.start == toks[k + 1].start and m.code and len(m.code) == 3
                         and m.kind == "state" and m.source != "capital"), None)  # a country, not a region ("in Crimea")
    return None


def _it_object_participle(toks: list[Token], i0: int, actor_refs: list[ActorRef], sent_ments: list[Mention]) -> Mention | None:
    """The main clause's subject, when the trigger at i0 is a participle set off by a comma after
    the object it describes ("ha liberato gli ostaggi israeliani, rapiti il 7 ottobre") and the
    party found as its actor is that object (it stands after the subject)."""
    if i0 < 3 or toks[i0 - 1].text != "," or not _is_participle("it", toks[i0].text) or not actor_refs:
        return None
    if i0 + 2 < len(toks) and toks[i0 + 1].text.lower() in IT_OBJECT_ARTICLES and not toks[i0 + 2].text[:1].isdigit():
        return None  # ", colpito il convoglio": a participle with its own object is a clause of its own (not "il 7 ottobre")
    if any(t.text.lower().rstrip("'’") in ("da", "dal", "dalla", "dall", "dai", "dagli", "dalle") for t in toks[i0 + 1:_clause_end(toks, i0)]):
        return None  # ", firmato invece da ottanta paesi", ", rapiti nel 2019 dai talebani": the participle names its own agent
    subj = _it_main_subject(toks, sent_ments, actor_refs[0].start)
    if subj is None or subj.code in {a.code for a in actor_refs} or any(a.start > toks[i0].start for a in actor_refs):
        return None
    return subj


IT_DECREES = ("decret", "ordine esecutivo", "ordini esecutivi", "ordinanz", "provvediment", "legge", "leggi")


def _it_decree_content(toks: list[Token], k1: int, i0: int) -> bool:
    """Is the verb at i0 what a domestic instrument signed at k1 orders: "firmato un decreto /
    un ordine esecutivo / una legge per <verb>" (at most six tokens between)?"""
    if not toks[k1].text.lower().startswith(("firm", "promulg", "sottoscri")) or not 0 < i0 - k1 <= 7 or i0 < 1:
        return False
    if toks[i0 - 1].text.lower() != "per":
        return False  # (a relative "un decreto che impone sanzioni" is read by the lexicon and the document rule)
    between = " ".join(t.text.lower() for t in toks[k1 + 1:i0 - 1])
    return not any(t.text in (",", ";", ":") for t in toks[k1 + 1:i0]) and any(
        w in between for w in IT_DECREES) and not any(t.text.lower().startswith(IT_DOCUMENTS[:4]) for t in toks[k1 + 1:i0 - 1])


def _it_decree_signer(toks: list[Token], i0: int, sent_ments: list[Mention]) -> Mention | None:
    """The subject of the signing, when the trigger at i0 is what a signed decree or order does."""
    k1 = next((k for k in range(i0 - 2, max(-1, i0 - 8), -1) if toks[k].text.lower().startswith(("firm", "promulg", "sottoscri"))), None)
    if k1 is None or not _it_decree_content(toks, k1, i0):
        return None
    start = max((t.end for t in toks[:k1] if t.text in (",", ";", ":")), default=-1)
    return next((m for m in reversed(sent_ments) if start <= m.start and m.end <= toks[k1].start and m.code
                 and m.kind in ("state", "organisation", "person", "role")), None)


def _it_demonym_of(toks: list[Token], i1: int, sent_ments: list[Mention]) -> tuple[Mention, Mention] | None:
    """(demonym, genitive) in "<act noun> <demonym> di/del/dell' <party>" right after the trigger."""
    if i1 + 3 >= len(toks):
        return None
    dem = next((m for m in sent_ments if m.start == toks[i1 + 1].start and m.code and m.source == "demonym"), None)
    if dem is None or toks[i1 + 2].text.lower().rstrip("'’") not in ("di", "del", "della", "dell", "dello", "dei", "degli", "delle"):
        return None
    j = i1 + 3
    if toks[j].text.lower().rstrip("'’") in NOUN_ARTICLES["it"] | {"l"} and j + 1 < len(toks) and not toks[j].text[:1].isupper():
        j += 1
    gen = next((m for m in sent_ments if m.start == toks[j].start and m.code and m.code != dem.code
                and m.kind in ("state", "organisation", "place")), None)
    return (dem, gen) if gen is not None else None


def _it_gerund_after(toks: list[Token], i1: int) -> int | None:
    """The offset of a ", <gerund>" clause after the trigger in the same sentence, or None."""
    for k in range(i1 + 1, len(toks) - 1):
        if toks[k].text in (";", ":"):
            return None
        if toks[k].text == "," and re.match(r"^\w{3,}(?:ando|endo)(?:l[oaie]|gli|si|ci)?$", toks[k + 1].text.lower()):
            return toks[k].start
    return None


def _it_withdrawn_from(toks: list[Token], i1: int, sent_ments: list[Mention]) -> Mention | None:
    """The party right after "da/dal/dall'/dalla" just after a withdrawal verb ("ritirate dall'Iraq")."""
    for k in range(i1 + 1, min(len(toks), i1 + 3)):
        if toks[k].text.lower().rstrip("'’") in ("da", "dal", "dalla", "dall", "dallo", "dai", "dagli", "dalle") and k + 1 < len(toks):
            return next((m for m in sent_ments if m.start == toks[k + 1].start and m.code and m.kind in ("state", "place")), None)
    return None


def _it_embassy_protest(toks: list[Token], actor_refs: list[ActorRef], sent_ments: list[Mention]) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """(protesters, embassy's state) when the actor found is the demonym of "ambasciata/consolato
    <demonym>" and a coded city follows as "a <city>"."""
    k = next((k for k, t in enumerate(toks[:-1]) if t.text.lower() in ("ambasciata", "consolato")
              and any(a.start == toks[k + 1].start for a in actor_refs)), None)
    if k is None:
        return None
    emb = next(a for a in actor_refs if a.start == toks[k + 1].start)
    city = next((m for m in sent_ments if k + 3 < len(toks) and m.start == toks[k + 3].start and toks[k + 2].text.lower() == "a"
                 and m.code and m.code != emb.code and m.kind in ("place", "state")), None)
    if city is None:
        return None
    return [ActorRef(city.text, city.start, city.end, city.code, "CVL", None, None, True)], [emb]


IT_WITNESS = re.compile(r"(?i)\balla presenza (?:di|del|della|dell'|dei|degli)\s*(?:\w+\s+){0,2}$")


def _it_venue_recipients(text: str, toks: list[Token], recip_refs: list[ActorRef], etype: str, sent_ments: list[Mention]) -> list[ActorRef]:
    """Recipients that are only a witness ("alla presenza di X") or, for a CONSULT, the city of
    a summit ("al vertice sulla sicurezza nucleare di Washington")."""
    out = [r for r in recip_refs if IT_WITNESS.search(text[max(0, r.start - 60):r.start])]
    if etype == "CONSULT":
        for r in recip_refs:
            k = next((k for k, t in enumerate(toks) if t.start == r.start), None)
            if k is not None and k > 0 and toks[k - 1].text.lower() == "di" and any(
                    t.text.lower() in IT_MEETINGS for t in toks[max(0, k - 8):k - 1]) and not any(
                    t.text in (",", ";", ":") for t in toks[max(0, k - 8):k]) and r not in out \
                    and any(m.start == r.start and (m.kind == "place" or m.source == "capital") for m in sent_ments):  # (a city, not "di Russia e Cina")
                out.append(r)
    return out


IT_EXISTING_DEAL = {"attuazione", "applicazione", "vigore", "rispetto", "violazione", "violazioni", "anniversario"}
IT_GIVING = ("promes", "promett", "consegn", "invia", "inviat", "fornit", "fornir", "forniscono", "fornisce", "offr", "offert",
             "garant", "concess", "conced", "donat", "donar", "vendut", "vender", "assicur")
IT_DA = ("da", "dal", "dalla", "dall", "dallo", "dai", "dagli", "dalle")


def _it_launched_by(toks: list[Token], i0: int, i1: int, sent_ments: list[Mention]) -> list[Mention] | None:
    """[launcher, interceptor] for "<weapon> lanciato/sparato da X" after "X ha intercettato/abbattuto"."""
    if i1 + 2 >= len(toks) or not toks[i1].text.lower().startswith(("lanciat", "sparat")) \
            or toks[i1 + 1].text.lower().rstrip("'’") not in IT_DA:
        return None
    agent = next((m for m in sent_ments if toks[i1 + 1].end <= m.start < toks[min(len(toks) - 1, i1 + 4)].end and m.code
                  and (m.kind in ("state", "organisation", "person", "role") or m.source == "demonym")), None)
    if agent is None:
        return None
    k = next((k for k in range(i0 - 1, -1, -1) if toks[k].text.lower().startswith(("intercett", "abbatt", "neutralizz", "distrutt"))), None)
    subj = _it_main_subject(toks, sent_ments, toks[k].start) if k is not None else None
    if subj is None or subj.code == agent.code:
        return None  # ("razzi lanciati da Hezbollah hanno raggiunto il nord di Israele": the target is found as usual)
    return [agent, subj]


IT_RANKS = {"primo", "prima", "primi", "prime", "ultimo", "ultima", "ultimi", "ultime", "unico", "unica", "secondo", "seconda"}


def _it_first_to(toks: list[Token], i0: int, sent_ments: list[Mention]) -> Mention | None:
    """The subject ranked by "il primo / l'ultimo / l'unico <noun> (di Y) a <verb>" before the
    infinitive at i0 ("La Svezia è diventata il primo paese dell'Ue a riconoscere ...")."""
    if i0 < 3 or toks[i0 - 1].text.lower() not in ("a", "ad"):
        return None
    k = next((k for k in range(i0 - 2, max(-1, i0 - 9), -1) if toks[k].text.lower() in IT_RANKS), None)
    if k is None or k < 1 or toks[k - 1].text.lower().rstrip("'’") not in ("il", "la", "l", "i", "le", "lo"):
        return None
    if any(t.text in (",", ";", ":") for t in toks[k:i0]):
        return None
    return _it_main_subject(toks, sent_ments, toks[k].start)


def _it_visit_owner(toks: list[Token], i1: int, after: list[Mention]) -> Mention | None:
    """The visitor in "Visita (di Stato) di X", "visita di un presidente <demonym>" (X within four tokens)."""
    j = i1 + 1
    if j + 1 < len(toks) and toks[j].text.lower() == "di" and toks[j + 1].text.lower() == "stato":
        j += 2
    if j >= len(toks) or toks[j].text.lower().rstrip("'’") not in ("di", "del", "della", "dell", "dello"):
        return None
    limit = toks[min(len(toks) - 1, j + 4)].end
    return next((m for m in after if toks[j].end <= m.start < limit and m.code
                 and (m.kind in ("state", "organisation", "person", "role") or m.source == "demonym")), None)


def _it_pair_relative(toks: list[Token], head: Match, i0: int) -> bool:
    """"Lunga telefonata tra Trump e Putin, che hanno concordato di avviare negoziati": a plural
    relative after a meeting noun naming its two sides ("tra X e Y") tells what the two did next."""
    h0, h1, htrig, _ = head
    if htrig.type != "CONSULT" or htrig.pos != "noun" or i0 < 3:
        return False
    if toks[i0 - 1].text.lower() not in ("hanno", "avevano") or toks[i0 - 2].text.lower() != "che" or toks[i0 - 3].text != ",":
        return False
    return any(t.text.lower() in ("tra", "fra") for t in toks[h1 + 1:h1 + 3]) and any(
        t.text.lower() in ("e", "ed") for t in toks[h1 + 2:i0 - 3])


def _it_as_in_year(toks: list[Token], date: str | None) -> int:
    """The comma closing an opening "Come (già|anche) nel|in <year>," with a year before the
    article's, or -1."""
    if len(toks) < 5 or toks[0].text.lower() != "come" or not date or not date[:4].isdigit():
        return -1
    k = 1 + (toks[1].text.lower() in ("già", "anche", "gia"))
    if toks[k].text.lower() not in ("nel", "in") or not (toks[k + 1].text.isdigit() and len(toks[k + 1].text) == 4):
        return -1
    if int(toks[k + 1].text) >= int(date[:4]) or k + 2 >= len(toks) or toks[k + 2].text != ",":
        return -1
    return k + 2


IT_PROPOSALS = {"proposta", "proposte", "offerta", "offerte", "richiesta", "richieste", "piano", "ultimatum", "appello", "invito"}


def _it_proposal_owner(toks: list[Token], i0: int, i1: int, sent_ments: list[Mention]) -> ActorRef | None:
    """The owner of a rejected proposal, right after the noun: "la proposta europea", "l'offerta
    di Washington", "la richiesta della Russia"."""
    k = next((k for k in range(i0, min(len(toks) - 1, i1 + 3)) if toks[k].text.lower() in IT_PROPOSALS), None)
    if k is None:
        return None
    j = k + 1
    if toks[j].text.lower().rstrip("'’") in ("di", "del", "della", "dello", "dell", "dei", "degli", "delle", "d"):
        j += 1
        if j < len(toks) and toks[j].text.lower().rstrip("'’") in NOUN_ARTICLES["it"] | {"l"} and not toks[j].text[:1].isupper():
            j += 1
    if j >= len(toks):
        return None
    if j == k + 1 and toks[j].text.lower() in ("europea", "europee", "europeo", "europei"):
        # (the mention stage keeps no demonym for the EU: "europeo" is also a continent's adjective)
        return ActorRef(toks[j].text, toks[j].start, toks[j].end, "EU", inferred=True)
    m = next((m for m in sent_ments if m.start == toks[j].start and m.code
              and (m.source == "demonym" if j == k + 1 else m.kind in ("state", "organisation", "person", "role", "place"))), None)
    return ActorRef.from_mention(m) if m is not None else None


IT_CLITIC_GERUND = re.compile(r"^\w{3,}(?:ando|endo)(?:l[oaie]|gli)$")


def _it_main_subject(toks: list[Token], sent_ments: list[Mention], before: int) -> Mention | None:
    """The first coded party of the sentence before offset ``before``, not a fronted place ("A Gibilterra ...")."""
    return next((m for m in sent_ments if m.code and m.end <= before and m.kind in ("state", "organisation", "person", "role")
                 and not any(k > 0 and t.start == m.start and toks[k - 1].text.lower() in ("a", "ad", "in") for k, t in enumerate(toks))),
                None)


def _it_clitic_gerund(toks: list[Token], i0: int, sent_ments: list[Mention]) -> tuple[Mention, Mention] | None:
    """(subject, object) for a gerund with an enclitic object after a comma: "ha espulso sette
    funzionari dell'ONU, accusandoli di ingerenza" -> (Etiopia, funzionari dell'ONU)."""
    if i0 < 3 or toks[i0 - 1].text != "," or not IT_CLITIC_GERUND.match(toks[i0].text.lower()):
        return None
    subj = _it_main_subject(toks, sent_ments, toks[i0 - 1].start)
    if subj is None:
        return None
    obj = next((m for m in reversed(sent_ments) if m.code and subj.end <= m.start and m.end <= toks[i0 - 1].start
                and m.code != subj.code and m.kind in ("state", "organisation", "person", "role")), None)
    return (subj, obj) if obj is not None else None


def _it_conditional_mood(toks: list[Token]) -> bool:
    """Is there an Italian conditional verb ("significherebbe", "sarebbe", not "potrebbe") in the sentence?"""
    return any(t.text.lower().endswith(("rebbe", "rebbero")) and not t.text.lower().startswith(("potr", "dovr")) for t in toks)


def _it_possible_act(toks: list[Token], c0: int) -> bool:
    """Is the act at c0 held out as possible by "potrebbe/potrebbero/possa" just before it?"""
    return any(t.text.lower() in ("potrebbe", "potrebbero", "possa", "possano", "potesse", "potessero")
               for t in toks[max(0, c0 - 3):c0])


IT_REL_AUX = {"ha", "hanno", "è", "sono", "aveva", "avevano", "era", "erano", "non", "oggi", "ieri", "ora", "poi", "già", "ancora",
              "invece", "adesso", "stato", "stata", "stati", "state", "si", "ne", "vi", "ci", "mai", "anche"}


def _it_subject_relative(toks: list[Token], i0: int) -> tuple[int, int] | None:
    """The commas (c1, c2) of a relative clause between the subject and the verb at i0: "La
    Francia, che nel 2022 aveva lasciato il Mali, ha restituito ...", "Erdoğan, che ... aveva
    definito al-Sisi un tiranno, è stato accolto ...". Only when the verb follows the closing comma
    with nothing but auxiliaries and adverbs in between, and a capitalised head precedes ', che'."""
    c2 = next((k for k in range(i0 - 1, max(-1, i0 - 5), -1) if toks[k].text == ","), None)
    if c2 is None or not all(toks[k].text.lower() in IT_REL_AUX for k in range(c2 + 1, i0)):
        return None
    for c1 in range(c2 - 2, 0, -1):
        if toks[c1].text in (";", ":"):
            return None
        if toks[c1].text == ",":
            head = toks[c1 - 1].text
            if toks[c1 + 1].text.lower() == "che" and head[:1].isupper() and not any(t.text == "," for t in toks[:c1]):
                return c1, c2
            return None
    return None


IT_AGENT_PREPS = {"da", "dal", "dalla", "dallo", "dall", "dai", "dagli", "dalle"}
IT_PERCEIVED_OPENERS = ("sentendo", "minacciat", "preoccupat", "allarmat", "temendo", "spaventat", "intimorit")


def _it_fronted_perceived(toks: list[Token], i0: int, i1: int) -> bool:
    """Is the trigger the participle of a fronted perception with its agent ("Sentendosi
    minacciata dall'afflusso di migranti spinti dalla Russia, la Finlandia ha chiuso ...")?"""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), -1)
    return 0 <= i0 <= 2 and i1 < comma and toks[0].text.lower().startswith(IT_PERCEIVED_OPENERS) \
        and i1 + 1 < len(toks) and toks[i1 + 1].text.lower().rstrip("'’") in IT_AGENT_PREPS


def _it_perceived_cause(toks: list[Token], i0: int, sent_ments: list[Mention]) -> Mention | None:
    """The last coded party in a fronted "Sentendosi minacciata da ..." phrase, when the trigger
    follows its comma ("... dalle navi da guerra americane nei Caraibi, Caracas ha annunciato ...")."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), -1)
    if comma < 2 or i0 <= comma or not toks[0].text.lower().startswith(IT_PERCEIVED_OPENERS) \
            or not any(t.text.lower().rstrip("'’") in IT_AGENT_PREPS for t in toks[1:4]):
        return None
    return next((m for m in reversed(sent_ments) if m.code and m.end <= toks[comma].start and m.start >= toks[1].start
                 and m.kind in ("state", "organisation", "person", "role")), None)


def _it_fronted_past_year(toks: list[Token], i0: int, year: int) -> bool:
    """"Dopo aver sospeso nel 2022 il dialogo militare con Washington, Pechino ha accettato ...": a
    fronted perfect infinitive with a year before the article's is an earlier act, even the year
    just before (the general rule leaves that year asserted, as a recent act may still be news)."""
    if len(toks) < 4 or toks[0].text.lower() != "dopo" or toks[1].text.lower() not in PERFECT_INFINITIVE:
        return False
    comma = next((k for k, t in enumerate(toks) if t.text == ","), -1)
    return i0 < comma and any(t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < year
                              and toks[k - 1].text.lower().rstrip("'’") in ("nel", "nell", "in", "dal")
                              for k, t in enumerate(toks[2:comma], 2))


def _it_led_by(toks: list[Token], i0: int, actors: list[Mention], before: list[Mention]) -> Mention | None:
    """The coded leader X of a subject "<body> guidata/guidato/guidati da X" before the verb at i0,
    when the subject itself has no code or is a generic role ("delegazione", "missione", "leader")."""
    if any(a.code and a.kind != "role" for a in actors):
        return None
    end = max(a.end for a in actors)
    for k in range(i0 - 1, 0, -1):
        if toks[k].text in (",", ";", ":"):
            return None
        if toks[k].start < end:
            return None
        if toks[k].text.lower().startswith("guidat") and k + 1 < i0 and toks[k].start - end <= 30 \
                and toks[k + 1].text.lower().rstrip("'’") in IT_AGENT_PREPS:
            return next((m for m in before if m.start >= toks[k + 1].start and m.code and m.end <= toks[i0].start
                         and m.kind in ("state", "organisation", "person")), None)
    return None


IT_DEFEND = {"difendere", "proteggere", "salvare", "soccorrere"}


def _it_defended_party(toks: list[Token], i1: int, recip: Mention) -> int:
    """The index of "per" in "per difendere|proteggere <recip>" after the trigger, or -1."""
    return next((k for k in range(i1 + 1, len(toks) - 1) if toks[k].text.lower() == "per" and toks[k + 1].text.lower() in IT_DEFEND
                 and toks[k + 1].end <= recip.start and not any(t.text in (",", ";", ":") for t in toks[k + 2:]
                                                                 if t.end <= recip.start)), -1)


IT_ORDER_VERBS = ("ordin", "incaric")
IT_OWN_FORCES = {"forze", "esercito", "marina", "aviazione", "militari", "truppe", "soldati", "reparti", "unità", "guardia",
                 "polizia", "aeronautica", "comandanti", "generali", "stato"}


def _it_own_forces_order(toks: list[Token], i0: int, i1: int) -> bool:
    """"Tokyo ha ordinato alle forze di autodifesa di abbattere il razzo", "ha incaricato l'esercito
    di ...": an order to one's own armed forces is no REQUEST to another party; the act ordered is
    the subject's own (and keeps the modality of its clause: "... qualora minacciasse il Giappone"
    makes it hypothetical). Only when the addressee is a forces noun right after the verb (no name)."""
    if not toks[i0].text.lower().startswith(IT_ORDER_VERBS):
        return False
    k = i1 + 1
    if k < len(toks) and toks[k].text.lower().rstrip("'’") in IT_DATIVES | {"l", "le", "gli", "i", "il", "lo", "la"}:
        k += 1
    if k >= len(toks) or toks[k].text.lower() not in IT_OWN_FORCES or (toks[k].text.lower() == "stato" and (
            k + 1 >= len(toks) or toks[k + 1].text.lower() != "maggiore")):
        return False
    # the infinitive "di <verb>" follows within a few words ("alle forze di autodifesa di abbattere")
    return any(toks[j].text.lower() in ("di", "a", "ad") and j + 1 < len(toks) and toks[j + 1].text.lower().endswith(("are", "ere", "ire"))
               for j in range(k + 1, min(len(toks) - 1, k + 6)))


IT_CONTROL = ("consent", "permett", "permess", "autorizz")
IT_DATIVES = {"a", "ad", "al", "allo", "alla", "all", "ai", "agli", "alle"}


def _it_controlled_actor(toks: list[Token], i0: int, sent_ments: list[Mention]) -> Mention | None:
    """The party allowed to act by an object-control verb before an infinitive: "consentire /
    permettere a X di <verb>", "autorizzare X a <verb>" (also "l'autorizzazione a X di")."""
    if i0 < 2 or toks[i0 - 1].text.lower() not in ("di", "a", "ad"):
        return None
    for k in range(i0 - 2, max(-1, i0 - 8), -1):
        if toks[k].text in (",", ";", ":", "."):
            return None
        if toks[k].text.lower().startswith(IT_CONTROL):
            between = [m for m in sent_ments if toks[k].end <= m.start and m.end <= toks[i0 - 1].start and m.code
                       and (m.kind in ("state", "organisation", "person", "role") or (m.kind == "place" and m.source == "kb"))]
            if not between:
                return None
            first = between[0]
            j = next((j for j in range(k + 1, i0) if toks[j].start >= first.start), i0)
            dative = toks[j - 1].text.lower().rstrip("'’") in IT_DATIVES
            # "consentire a X di", "permettere agli Stati Uniti di"; "autorizzare X a" takes X directly
            if dative or (toks[k].text.lower().startswith("autorizz") and toks[i0 - 1].text.lower() in ("a", "ad")):
                return first
            return None
    return None


def _it_first_after(toks: list[Token], i1: int, sent_ments: list[Mention]) -> list[Mention]:
    """The first coded party after token i1 in its clause ("di colpire la Russia con ...")."""
    end = next((toks[k].start for k in range(i1 + 1, len(toks)) if toks[k].text in (",", ";", ":")), toks[-1].end + 1)
    return [m for m in sent_ments if toks[i1].end <= m.start < end and m.code
            and (m.kind in ("state", "organisation", "person", "role") or (m.kind == "place" and m.source == "kb"))][:1]


IT_DOCUMENTS = ("accord", "intesa", "patto", "trattato", "risoluzion", "bozza", "legge", "piano", "document", "memorandum", "decreto")
IT_CONTENT_VERBS = re.compile(r"^(?:prevede|prevedeva|prevedono|consente|consentiva|consentirà|permette|permetteva|permetterà|stabilisce|"
                              r"stabiliva|autorizza|autorizzava|condanna|condannava|chiede|chiedeva|esige|esigeva|vieta|vietava)$")


def _it_document_content(toks: list[Token], i0: int) -> bool:
    """"hanno firmato un accordo che prevede il ritiro delle truppe", "una bozza di risoluzione
    che condannava la repressione": what a document provides for or condemns is its content,
    not an act of the parties that sign or veto it (the relative clause's own verb stays)."""
    for k in range(i0 - 2, max(0, i0 - 9), -1):
        if toks[k].text in (",", ";", ":"):
            return False
        if toks[k].text.lower() == "che" and IT_CONTENT_VERBS.match(toks[k + 1].text.lower()):
            return any(t.text.lower().startswith(IT_DOCUMENTS) for t in toks[max(0, k - 5):k])
    return False


IT_OWNED_WEAPON = re.compile(r"(?i)^\s*(?:da|dal|dalla|dall'|dai|dagli|dalle)\s*(?:un|una|uno|un'|il|la|l'|i|gli|le)?\s*[a-zà-ù]+"
                             r"\s+(?:di|del|della|dell'|dei|degli|delle)\s*(?:[a-zà-ù]+\s+)?$")
IT_AND_NAME = re.compile(r"\s+(?:e|ed)\s+[A-Z]")
IT_OBJECT_ARTICLES = {"il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "sue", "suoi", "sua", "suo", "propri", "proprie"}
IT_SUMMITS = ("vertice", "summit", "riunione", "conferenza", "forum")
IT_MET = {"riuniti", "riunite", "riunito", "riunita"}


def _it_setting_meeting(toks: list[Token], i: int, coded: dict[int, Event], e: Event) -> bool:
    """Is the CONSULT at token i only the setting of another act in the sentence: a summit in an
    adjunct ("Al vertice di X", "a margine del vertice", "al termine del vertice") before that act,
    or "riuniti a <città>" after the actors? A two-party summit with no recipient ("Al vertice di
    Anchorage Trump e Putin non hanno raggiunto alcun accordo") is itself the meeting."""
    if len(e.actors) == 2 and not e.recipients:
        return False
    word = toks[i].text.lower()
    if word in IT_MET:
        return i > 0 and toks[i - 1].text[:1].isalpha() and any(j != i and o.type != "CONSULT" for j, o in coded.items())
    return word.startswith(IT_SUMMITS) and i > 0 and toks[i - 1].text.lower().rstrip("'’") in ("al", "del", "dell") \
        and any(j > i for j in coded)


IT_MEETINGS = {"conferenza", "vertice", "summit", "riunione", "forum", "dibattito", "discussione", "seminario", "convegno"}


def _it_meeting_topic(toks: list[Token], i0: int) -> bool:
    """"Al termine della conferenza di Parigi sul sostegno a Kiev": the topic of a meeting is
    what it was about, not an act of the meeting's host."""
    k = next((k for k in range(i0 - 1, max(0, i0 - 3) - 1, -1) if toks[k].text.lower().rstrip("'’") in TOPIC_PREPS["it"]), None)
    return k is not None and any(t.text.lower() in IT_MEETINGS for t in toks[max(0, k - 4):k]) \
        and not any(t.text in (",", ";", ":") for t in toks[max(0, k - 4):i0])


def if_opened(sent_before: list[Token], lang: str) -> bool:
    """Does the sentence open with a condition ("Se ...", "Si ...", "If ...")?"""
    return bool(sent_before) and (sent_before[0].text.lower() in IF_OPENERS.get(lang, set())
                                  or sent_before[0].text.lower() in V1_CONDITION.get(lang, set())
                                  # "Im Fall eines Angriffs ...", "In case of an attack ...", "Nel caso di ..."
                                  or " ".join(t.text.lower() for t in sent_before[:3]).startswith(IN_CASE)
                                  or (lang == "de" and _de_v1_condition(sent_before) > 0))


# a condition opened by its verb: "Sollte Russland angreifen, ...", "Should Iran attack, ..."
V1_CONDITION = {"de": {"sollte", "sollten"}, "en": {"should", "were", "had", "provided", "providing"}}
# A German condition also opens with the verb itself, without "wenn": "Greift China Taiwan an,
# würden die USA ...", "Kommt es zur Stationierung ..., wird Russland ...". The clause's first word
# is a verb form (its lemma an infinitive), then its subject or an adverb, and the main clause's
# finite verb follows right after the comma.
DE_V1_NOT_VERB = {"gestern", "morgen", "vorgestern", "übermorgen", "unten", "oben", "innen", "außen", "neben", "zwischen",
                  "unter", "hinter", "zufolge", "wegen", "trotz", "seit", "nach", "vor", "binnen", "statt", "anstatt", "samstagen",
                  "sonntagen", "seiten", "rahmen", "namen", "falle", "fallen", "zeiten"}
DE_V1_SECOND = {"erneut", "tatsächlich", "wirklich", "auch", "noch", "doch", "nun", "jetzt", "wieder", "etwa", "einmal", "je", "man"}
DE_V1_CONSEQUENT_NOT = {"dass", "wenn", "weil", "da", "ob", "und", "oder", "aber", "sondern", "wie", "wo", "als", "so", "bis",
                        "sagte", "sagten", "sagt", "erklärte", "erklärten", "betonte", "teilte", "hieß", "heißt", "meldete",
                        "berichtete", "warnte", "warnten", "drohte", "drohten", "bekräftigte", "versicherte", "kündigte", "schrieb"}


def _de_v1_condition(toks: list[Token]) -> int:
    """The comma closing a German verb-first condition that opens the sentence ("Greift China
    Taiwan an, würden die USA die Insel verteidigen"), or -1 when the sentence opens otherwise."""
    if len(toks) < 4:
        return -1
    t0, w1 = toks[0], toks[1].text
    w0 = t0.text.lower()
    if w0 in DE_V1_NOT_VERB or w0 in DE_DETERMINERS or not t0.text[:1].isupper() or not t0.text.isalpha():
        return -1
    # a singular verb ("Greift", "Käme", "Marschiert") or a plural one before its subject ("Verhängen
    # die USA ...", "Scheitern die Gespräche ..."), not a name ("Äthiopiens", "Spanien")
    singular = w0.endswith(("t", "e")) and t0.lemma != w0 and t0.lemma.endswith(("en", "ern", "eln")) or w0.endswith("iert")
    plural = (t0.lemma == w0 or t0.lemma.lower() + "en" == w0 or t0.lemma.lower() + "n" == w0) and w0.endswith(("en", "ern", "eln")) \
        and w1.lower() in DE_DETERMINERS | {"es", "sie"}  # ("Reichen die Freiwilligen nicht aus": the lemmatiser reads "Reich")
    if not (singular or plural):
        return -1
    if not (w1.lower() in DE_DETERMINERS or w1.lower() in {"es", "er", "sie"} | DE_V1_SECOND
            or (w1[:1].isupper() and w1.isalpha() and w1.lower() not in LOCATIVE_PREPS["de"] | OBJ_PREPS["de"] | DE_SETTING_PREPS)):
        return -1
    for c in range(2, min(len(toks) - 1, 28)):
        w = toks[c].text
        if w in (";", ":"):
            return -1
        if w == ",":
            nxt = toks[c + 1].text
            ok = nxt[:1].islower() and nxt.isalpha() and nxt.lower() not in DE_V1_CONSEQUENT_NOT | DE_DETERMINERS | RELATIVES and (
                nxt.lower() in DE_FINITE or nxt.lower() in DE_MODAL_AFTER or nxt.lower().endswith(("t", "n", "e")))
            return c if ok else -1
    return -1


REPORT_TAIL = 6  # "... said on Wednesday", "... said in remarks published here Sunday"


def _trailing_report(lex: Lexicon, toks: list[Token], k: int, sent_ments: list[Mention], lang: str) -> bool:
    """Whether the comma at ``k`` opens the closing attribution of the sentence: ", the Washington
    Post said Wednesday", ", according to the Swiss agency", ", wie das Ministerium mitteilte".
    The parties named there report the event; they take no part in it. A clause that goes on
    after its verb with a party or a complement ("said he would visit Moscow") is no attribution."""
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    if nxt in SOURCE_PREPS.get(lang, set()) - {"après"}:  # "après" also opens a time phrase
        return not any(t.text in (",", ";") for t in toks[k + 2:])
    for j in range(k + 1, min(len(toks), k + 16)):
        if toks[j].text in (",", ";", ":"):
            return False
        if (lex.cues.has("reported", [toks[j]]) >= 0 or WARN_VERB.match(toks[j].text)) and not any(m.start <= toks[j].start < m.end for m in sent_ments):
            # (a word of a name is no report verb: "to the United States")
            tail = [t for t in toks[j + 1:] if t.text not in (".", "!", "?", "»", '"', "”", ")")]
            return j > k + 1 and len(tail) <= REPORT_TAIL and not any(t.text.lower() in THAT for t in tail) and (
                # (", its foreign secretary told the UN Security Council": the audience is no party either)
                toks[j].text.lower() in ("told", "tells", "informed") or not any(m.start >= toks[j].end and m.code for m in sent_ments))
    return False


BORDER = {"confine", "confini", "frontiera", "frontiere", "border", "borders", "frontière", "frontières", "frontera",
          "fronteras", "grenze", "grenzen"}


def _after_border(text: str, m: Mention) -> bool:
    """Is the mention the other side of a border ("al confine con l'Ucraina", "an der Grenze zur Ukraine")?"""
    words = re.findall(r"\w+", text[max(0, m.start - 30):m.start].lower())
    return any(w in BORDER for w in words[-4:])



EN_YEAR_PREPS = {"in", "during"}
EN_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
EN_YEAR_BLOCKERS = {"that", "which", "who", "since", "until", "till", "before", "after", "by", "from",
                    "over", "for", "of"}  # ("sentenced Morsi to death over a prison break in 2011": the reason's year)


def _en_trailing_past_year(toks: list[Token], i0: int, i1: int, year: int) -> bool:
    """Does the verb's own clause end on a past year ("French soldiers killed him in 1957", article
    of 2020)? The year check before the trigger misses a date placed after the object; a year at
    least two before the article's dates the act itself. Not past a relative or time clause ("the
    deal that was signed in 2015", "since 2014"): that year belongs to something else."""
    if i0 > 0 and toks[i0 - 1].text.lower() in ("will", "would", "to"):
        return False
    if any(t.text.lower() in EN_WEEKDAYS or t.text.lower() == "that" for t in toks[i0:i1 + 1]):
        return False  # "admitted on Tuesday that ... in 1957": the admission is today's, the year its content's
    for k in range(i1 + 1, _clause_end(toks, i1)):
        w = toks[k].text.lower()
        if w in EN_YEAR_BLOCKERS or w in EN_WEEKDAYS:
            return False
        if w.isdigit() and len(w) == 4 and 1900 < int(w) < year - 1 and toks[k - 1].text.lower() in EN_YEAR_PREPS:
            return True
    return False


def _en_inverted_condition(toks: list[Token], i0: int) -> bool:
    """Is the trigger inside a fronted inverted condition ("Should Russia attack a NATO member, the
    alliance would respond, Stoltenberg said")? A sentence-initial "should" + subject + verb is an
    "if", not an obligation the closing speaker demands."""
    return bool(toks) and toks[0].text.lower() in ("should", "were", "had") and not any(t.text in (",", ";", ":") for t in toks[:i0])


EN_CALL_FORMS = {"call", "calls", "calling", "called"}
EN_CALLED_PRONOUNS = {"them", "it", "this", "that", "those", "these", "him", "her"}
# what may follow a real call's object ("called him on Tuesday", "called her back", "called him to
# discuss ...", "called them and ...")
EN_AFTER_CALLED = {"on", "to", "for", "from", "about", "over", "at", "in", "and", "back", "again", "after", "before", "late", "last",
                   "this", "twice", "earlier", "yesterday", "today", "shortly", "soon", "during", "following", "amid", "by", "with",
                   "up", "while", "when", "as", "but"}


def _en_calling_it(toks: list[Token], i0: int, i1: int) -> bool:
    """Is the call word "calling|called <pronoun> <complement>" ("calling them neither smart nor
    wise", "called it a provocation")? That verb describes; it is no phone call or visit."""
    if i0 != i1 or toks[i0].text.lower() not in EN_CALL_FORMS or i1 + 2 >= len(toks):
        return False
    nxt, then = toks[i1 + 1].text.lower(), toks[i1 + 2].text
    return nxt in EN_CALLED_PRONOUNS and then.isalpha() and then.lower() not in EN_AFTER_CALLED and then[:1].islower()


EN_SEEING_OPENERS = {"seeing", "viewing", "regarding", "considering", "deeming", "perceiving", "branding", "treating"}


def _en_seeing_as(toks: list[Token], i0: int, i1: int) -> bool:
    """Is the trigger what a fronted "Seeing|Viewing X as ..." phrase names ("Seeing Ethiopia's port
    deal as an attack on its sovereignty, Somalia expelled ...")? The noun after "as" is how the
    subject views X, not an act; the main clause after the comma stays real. (A cue word "seeing"
    would colour that main clause too: "Seeing it as a threat, the US shot down ...".)"""
    if not toks or toks[0].text.lower() not in EN_SEEING_OPENERS:
        return False
    if any(t.text in (",", ";", ":") for t in toks[:i0]) or not any(t.text == "," for t in toks[i1 + 1:]):
        return False
    return any(t.text.lower() == "as" for t in toks[1:i0])


def _en_owned_organisation(text: str, m: Mention, pool: list[Mention]) -> Mention | None:
    """Agency style names an armed group or party by its home ("Lebanon's Hezbollah", "Yemen's
    Houthis", "Somalia's al Shabaab"): when a state with "'s" is right before a coded organisation,
    that group is the party, the state only says where it is."""
    if m.kind != "state" or not re.match(r"(?:'s|’s)\s+", text[m.end:m.end + 4]):
        return None
    gap = re.match(r"(?:'s|’s)\s+", text[m.end:m.end + 4])
    at = m.end + (gap.end() if gap else 0)
    from dyads.kb import load_kb

    orgs = load_kb().orgs
    # (only an armed group or movement: "Sweden's NATO membership" is Sweden's)
    return next((o for o in pool if o.start == at and o.kind == "organisation" and o.code and o.code != m.code
                 and (org := orgs.get(o.code)) is not None and org.kind == "armed_group"), None)


def _en_second_predicate(toks: list[Token], i1: int) -> int | None:
    """Where does a coordinated second predicate with a pronoun object start ("freed 135 prisoners
    on Thursday and flew them to Guatemala")? What that verb is aimed at (here the destination of
    the freed) is not the first act's recipient."""
    for k in range(i1 + 1, min(len(toks) - 2, _clause_end(toks, i1))):
        if toks[k].text.lower() == "and" and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() \
                and toks[k + 2].text in ("them", "him", "her", "it"):
            return toks[k].start
    return None


EN_BORDER_AT = re.compile(r"(?i)\b(?:at|near|along|on|to|across)\s+(?:the\s+)?$")
EN_BORDER_NOUNS = re.compile(r"\s+(?:border|frontier|border crossing|crossing|boundary)\b", re.IGNORECASE)


def _en_border_place(text: str, m: Mention) -> bool:
    """Is the demonym the side of a border where the act happens ("blocked aid trucks at the
    Colombian border")? The border names a place, not the party the act is aimed at."""
    return m.source == "demonym" and bool(EN_BORDER_NOUNS.match(text, m.end)) and bool(EN_BORDER_AT.search(text[max(0, m.start - 16):m.start]))


EN_FROM_CHAIN = re.compile(r"(?i)\bfrom\s+(?:(?:the|a|an|its|their|of|[a-z][a-z-]+)\s+){1,5}$")
EN_NOT_IN_CHAIN = {"to", "into", "for", "against", "on", "at", "with", "and", "or", "in", "that", "which", "by"}


def _en_inside_from(text: str, m: Mention) -> bool:
    """Is the mention inside a "from <noun> of ..." phrase a few words back ("from the profits of
    frozen Russian assets to Ukraine")? Where the thing comes from is not whom it goes to."""
    left = text[max(0, m.start - 50):m.start]
    hit = EN_FROM_CHAIN.search(left)
    if hit is None:
        return False
    words = [w.lower() for w in hit.group(0).split()[1:]]
    # (only a source named through "of": "a demand from the US President" names who demands)
    return "of" in words and not any(w in EN_NOT_IN_CHAIN for w in words)


# heads after which a trigger noun is a modifier naming a kind of area ("de-escalation zones",
# "ceasefire line"): the area is set up or talked about; the noun itself reports no act
EN_AREA_HEADS = {"zone", "zones", "area", "areas", "corridor", "corridors", "line", "lines"}



EN_EXERCISE_WORDS = {"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames", "games"}
EN_TAKING_PART = re.compile(r"(?:\s+(?:troops|forces|soldiers|sailors|warships|ships|units|contingents?))?\s+(?:taking part|participating|joining in|joining|"
                            r"took part|participated|joined)\b", re.IGNORECASE)


def _en_exercise_partners(text: str, toks: list[Token], i0: int, i1: int, recip_refs: list[ActorRef]) -> list[ActorRef]:
    """The states whose forces take part in an exercise ("with Chinese troops taking part"): they
    hold it with its host, they are not its target."""
    if not any(toks[k].text.lower() in EN_EXERCISE_WORDS for k in range(i0, i1 + 1)):
        return []
    return [r for r in recip_refs if r.code and EN_TAKING_PART.match(text, r.end)
            and re.search(r"(?i)\bwith\s+(?:\w+\s+)?$", text[max(0, r.start - 20):r.start])]


EN_REBUFFED_OWNER = re.compile(r"\s+(?:the\s+)?[A-Z][\w .-]{0,40}?['’]s\s+(?:[a-z][\w-]*\s+)?$")
EN_DEMAND_PARTICIPLES = {"demanding", "calling", "urging", "chanting", "shouting"}
EN_HELD_NOUNS = {"detention", "custody", "jail", "prison", "captivity", "imprisonment"}
EN_ANY_BEFORE = re.compile(r"(?i)\b(?:any|an|a)\s+(?:[a-z][\w-]*\s+)?$")


def _en_folded_events(text: str, coded: dict[int, Event]) -> set[int]:
    """Triggers that only restate part of another event of the sentence:
    - the object of a rejection ("rebuffing Moon Jae-in's call for dialogue"): the call is what is
      rejected, no REQUEST of its own (as "rejected South Korea's offer of talks");
    - the demand of a protest given by a participle (", demanding the resignation of ..."): the
      PROTEST's content, as "rallied ... to demand X's resignation" is coded;
    - the state a released person was in ("freed Deniz Yucel after a year in pre-trial detention"):
      no new act, and not one by the detainee;
    - an agentless supposed attack in what a speaker says ("said that any armed attack on
      Philippine forces would trigger US defence obligations"): the speaker is the defender."""
    out: set[int] = set()
    evs = sorted(coded.items(), key=lambda p: p[1].trigger.start)
    for j, e in evs:
        before = [f for _, f in evs if f.trigger.end <= e.trigger.start]
        rejected = e.type == "REQUEST" and any(
            f.type == "REJECT" and e.trigger.start - f.trigger.end <= 45 and EN_REBUFFED_OWNER.fullmatch(text, f.trigger.end, e.trigger.start)
            for f in before)
        demanded = e.type == "REQUEST" and e.trigger.text.split()[0].lower() in EN_DEMAND_PARTICIPLES \
            and text[:e.trigger.start].rstrip().endswith(",") and any(
                f.type == "PROTEST" and {a.code for a in f.actors} & {a.code for a in e.actors} for f in before)
        held = e.type == "COERCE" and e.trigger.text.lower() in EN_HELD_NOUNS \
            and re.search(r"(?i)\b(?:in|from|of)\s+(?:[a-z][\w-]*\s+)?$", text[max(0, e.trigger.start - 30):e.trigger.start]) is not None \
            and any(f.type == "RETREAT" for f in before)
        supposed = e.type == "ASSAULT" and e.modality == "hypothetical" and bool(e.actors) \
            and all(a.end <= e.trigger.start for a in e.actors) \
            and EN_ANY_BEFORE.search(text, max(0, e.trigger.start - 30), e.trigger.start) is not None \
            and re.search(r"\bthat\b", text[max(a.end for a in e.actors):e.trigger.start]) is not None
        if rejected or demanded or held or supposed:
            out.add(j)
    return out


# "marched in Rabat in solidarity with the Palestinians": those supported are not the protest's target
EN_SOLIDARITY = re.compile(r"(?i)\b(?:solidarity with|support of|support for|sympathy with)\s+(?:the\s+)?$")


# "agreed to set up a demilitarised zone in Syria's Idlib province": the state owning the place where
# the content is to happen is not the party agreed with
EN_PLACE_OWNER = re.compile(r"['’]s\s+(?:[A-Z][\w-]+\s+){1,2}(?:province|region|governorate|district|city|town|state|county|oblast)\b")


def _en_role_tail(text: str, m: Mention, pool: list[Mention]) -> bool:
    """Is the uncoded role the tail of a coded one ("lower house of parliament", "upper chamber of
    the legislature")? The coded role before "of" names the body."""
    if m.kind != "role" or m.code:
        return False
    return any(o.kind == "role" and o.code and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[o.end:m.start]) for o in pool)


# "under a 1972 agreement", "in line with the 2015 accord": what an act is based on
EN_UNDER_DEAL = re.compile(r"(?i)\b(?:under|in line with|in accordance with|pursuant to)\s+(?:a|an|the|its|their|this|that)?\s*"
                           r"(?:[\w-]+\s+){0,3}$")


EN_VIOLATED_SPACE = re.compile(r"(?i)\bviolat\w*\s+(?:the\s+)?$")
EN_SPACE_AFTER = re.compile(r"\s+(?:airspace|air space|waters|territorial waters|territory|border)\b", re.IGNORECASE)


def _en_violated_space(text: str, t_start: int, t_end: int, ments: list[Mention], actor_refs: list[ActorRef]) -> Mention | None:
    """The state named by the demonym of a violated airspace or territory inside the trigger
    ("had violated Turkish airspace"): a geographic feature, but the state it belongs to is the one
    the intrusion is aimed at."""
    own = {a.code for a in actor_refs}
    return next((m for m in ments if t_start <= m.start < t_end and m.source == "demonym" and m.code and m.code not in own
                 and EN_SPACE_AFTER.match(text, m.end) and EN_VIOLATED_SPACE.search(text, t_start, m.start)), None)


EN_AMID = {"amid", "amidst"}
EN_DISPUTE_NOUNS = {"tension", "tensions", "row", "dispute", "standoff", "stand-off", "spat", "feud", "quarrel"}


def _en_amid_background(toks: list[Token], i0: int) -> bool:
    """Is the noun trigger a word of an "amid ..." phrase after the main verb ("put its army on the
    highest level of combat readiness amid tensions with ethnic Serbs' barricades")? The phrase
    gives the setting of the act, not a second act."""
    for k in range(i0 - 1, max(0, i0 - 8) - 1, -1):
        w = toks[k].text.lower()
        if w in (",", ";", ":", "and", "that", "which", "who"):
            return False
        if w in EN_AMID:
            # (only a dispute's object: "amid deadly protests" is itself coded, as the gold does)
            return k > 1 and any(toks[j].text.lower() in EN_DISPUTE_NOUNS for j in range(k + 1, i0))
    return False


EN_WITH_CREW = re.compile(r"\bwith (?:a|an|its)\s+(?:[A-Z][\w-]+\s+){1,2}crew\b")


EN_AGENT_NOUNS = {"mercenaries", "militants", "gunmen", "rebels", "fighters", "insurgents", "soldiers", "troops", "assailants", "attackers",
                  "men", "police", "forces", "militias", "militiamen", "jihadists", "extremists", "terrorists", "pirates", "settlers"}


def _en_by_agent(text: str, toks: list[Token], i0: int, sent_ments: list[Mention]) -> Mention | None:
    """The agent of a nominal act given by "by" ("the killing of Africans by German colonial troops",
    "an incursion by mercenaries"), within its noun phrase. Returns a coded mention, a mention with
    no code for an unnamed armed group, or None when there is no "by"-agent (nor for "by air", "by
    Friday", "by drones": only people act)."""
    for k in range(i0 + 1, min(len(toks) - 1, i0 + 7)):  # (the trigger may hold it: "attack by")
        w = toks[k].text.lower()
        if w in (",", ";", ":", ".", "that", "which", "who", "after", "before", "since", "when", "while"):
            return None
        if w != "by":
            continue
        phrase = []
        for t in toks[k + 1:k + 5]:
            if not (t.text.isalnum() or "-" in t.text):
                break  # (the agent's noun phrase ends at a comma: "by mercenaries, accusing Colombia")
            phrase.append(t)
        if not phrase:
            return None
        named = next((m for m in sent_ments if phrase[0].start <= m.start < phrase[-1].end and m.code
                      and m.kind in ("state", "organisation", "person", "role")), None)
        if named is not None:
            return named
        head = next((t for t in phrase if t.text.lower() in EN_AGENT_NOUNS), None)
        return Mention(head.start, head.end, head.text, "role", None) if head is not None else None
    return None

# report verbs that name the one told ("notified the United Nations that it ...") and are no cue words
EN_NOTIFYING = {"notified", "informed", "notifies", "informs", "notify", "inform"}

# context phrases after the act: "signed a pact ..., as tensions with China simmered", "launched a rocket in
# defiance of UN resolutions": the party named there is not the act's recipient
EN_BACKGROUND = re.compile(r"(?i)\b(?:as (?:tensions?|relations|ties|rivalry|competition|friction) (?:with|between)|in defiance of)\b")
# "hitting back at Moscow's decision": an answer to a move, no attack
EN_HIT_BACK_AT = re.compile(r"(?i)\s+at\s+(?:the\s+)?(?:[\w.-]+(?:\s[\w.-]+)?['’]s\s+)?(?:\w+\s+)?(?:decision|move|moves|criticism|remarks|comments|"
                            r"statement|accusations?|sanctions|expulsions?|ban|measures|claims|tariffs|report)\b")
