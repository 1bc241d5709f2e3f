//! What the clusterer knows about one headline: its content tokens, the device
//! models it names, the kind of event it reports and the regions it mentions.
//!
//! This is pure text analysis over `normalize::words`; the scoring that uses
//! these features lives in `cluster/mod.rs`.

use std::collections::HashMap;

use crate::normalize;

/// The features of one headline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// Content tokens: stemmed, stopwords removed, each once, in title order.
    /// A device model is one token (`#14 pro`), so "14" and "pro" do not match on their own.
    pub tokens: Vec<String>,
    /// The device models named in the headline, each once.
    pub models: Vec<Model>,
    /// The kinds of event the headline reports (a set of `Event` bits).
    pub events: Events,
    /// The regions the headline names (a set of `Region` bits).
    pub regions: u32,
    /// The headline hedges ("may not", "outside", "uncertain"), so its regions
    /// say where something is doubtful rather than where it happens.
    pub hedged: bool,
    /// Every model the headline names is a rival it measures against ("new
    /// AI models beat OpenAI's GPT-4"), so it has no subject.
    pub rivals_only: bool,
    /// The kinds of device the headline names ("macbook", "imac", "pixel"), each once.
    pub devices: Vec<&'static str>,
    /// The companies the headline names ("google", "meta"), each once.
    pub companies: Vec<&'static str>,
    /// Those of `companies` named only in a trailing clause, the cause or
    /// the setting: Airtel in "Reliance Jio inks deal with SpaceX, a day
    /// after Airtel".
    pub setting_companies: Vec<&'static str>,
    /// The US states and cities the headline's own news happens in, each
    /// once: "Mercedes wins California approval" is not "Mercedes gets
    /// approval in Nevada", nor "Waymo expands to Austin" "Waymo launches
    /// in Atlanta" (`place_at`; a city takes in its state, `places_overlap`).
    pub places: Vec<&'static str>,
    /// The tokens of well-known companies the headline names ("appl",
    /// "tiktok"): names wherever they stand, even at the start of a headline.
    pub known_names: Vec<String>,
    /// The counts and sums the headline names: "3,878" Cybertrucks, "$449.99",
    /// "1.8 billion" euros, "17%", "9 cents"; not years, model numbers, sizes
    /// or other numbers under 100.
    pub amounts: Vec<Amount>,
    /// The days the headline names, as (month, day): "September 9" is (9, 9).
    pub dates: Vec<(u8, u8)>,
    /// The years and quarters the headline's own news names: "Google I/O
    /// 2024" is not "Google I/O 2025", nor "Meta's Q1 revenue" its Q2's.
    /// Years as they are, quarters as 1 to 4 (`Period`).
    pub periods: Vec<Period>,
    /// Per token: whether the headline wrote it capitalised, or `None` where
    /// its case says little (the first word of a sentence). Models always
    /// count as capitalised.
    pub capitalized: Vec<Option<bool>>,
    /// How much the headline's capitals say, from 0 to 100: 100 for sentence
    /// case, where only names are capitalised; 0 for title case and all caps,
    /// where every word is; in between for headlines that mix the two.
    pub case_weight: u8,
    /// Tokens the headline uses only in a trailing clause that gives the
    /// cause or the setting ("... a day after Grok's antisemitic posts"):
    /// what happened is before it.
    pub background: Vec<String>,
    /// Capitalised words written side by side, as token pairs ("steam",
    /// "fram" for "Valve's Steam Frame"): a name's partner tells which of its
    /// family the headline is about, the Steam Frame and not the Steam
    /// Machine, Intuitive Machines' Athena and not its Odysseus.
    pub partners: Vec<(String, String)>,
    /// The parties of a deal, each with the other (`deal_partners`):
    /// "OpenAI signs a chip deal with AMD" (openai, amd). A party is no word
    /// of a name, so these meet only each other.
    pub deal_partners: Vec<(String, String)>,
    /// Product lines the headline names with no model ("the new Razr",
    /// "Apple's iPad"): the base model of the line, which a variant named
    /// by modifiers alone ("Razr Plus", "iPad Air") is not.
    pub bare_lines: Vec<&'static str>,
    /// Tokens of capitalised names right before a model of no known line,
    /// the product line they are, and of the company before them: "fenix"
    /// and "garmin" in "Garmin Fenix 7 Pro". Like a known line and brand,
    /// such names say which device, not what happened to it.
    pub line_names: Vec<String>,
    /// The token of the name a launch verb takes, when it is no model, line
    /// or company: "recall" in "Microsoft unveils Recall, an AI feature
    /// that records everything you do on a Copilot+ PC". What else the
    /// headline names is where the launched thing belongs.
    pub launched: Option<String>,
    /// The launched name is a product that stands for its maker
    /// ("ChatGPT", "Copilot"): often what a new thing is part of ("a new
    /// ChatGPT agent"), not the new thing's own name.
    pub launched_of_maker: bool,
    /// The parts of a device the headline reports on, as its subject: the
    /// design in "Xiaomi 15 Ultra design officially revealed", the battery in
    /// "OnePlus 13 battery capacity confirmed" (a set of `aspect` bits). A
    /// part a launch lists ("launched with a 6,000 mAh battery") is no subject.
    pub aspects: u8,
    /// The headline numbers its attack, breach or outage second or later:
    /// "CDK Global hit with second cyberattack".
    pub repeated: bool,
}

/// A device or product model: "14 pro" in the line "xiaomi", "s24 ultra" in "galaxy".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Model {
    /// The product line the headline puts the model in, when it names one.
    pub line: Option<&'static str>,
    /// The model number and its modifiers: "14 pro", "8s gen 3", "x elite".
    pub core: String,
    /// The headline names the family by this model's name: "Galaxy Tab S10
    /// tablets", "Radeon RX 7900 GPUs" are the S10 Plus and the 7900 XTX too.
    pub family: bool,
}

impl Model {
    /// The first word of the core ("14" of "14 pro"): models with the same base
    /// and different cores are siblings, such as the 14 and the 14 Ultra.
    pub fn base(&self) -> &str {
        self.core.split(' ').next().unwrap_or(&self.core)
    }

    /// The tokens the model weighs by: "#14 pro". A test build weighs as
    /// its release and the word "beta" ("#18.2", "beta"), as it did before
    /// it was a model of its own: many outlets write no beta's number the
    /// day it comes out, and the model checks keep beta 2 from beta 3 and
    /// from the release.
    pub fn tokens(&self) -> impl Iterator<Item = String> {
        let (release, beta) = match self.core.split_once(" beta") {
            Some((release, _)) => (release.strip_suffix(" public").unwrap_or(release), true),
            None => (self.core.as_str(), false),
        };
        std::iter::once(format!("#{release}")).chain(beta.then(|| "beta".to_owned()))
    }

    /// Whether two mentions name the same model.
    pub fn same_as(&self, other: &Model) -> bool {
        (self.core == other.core
            || self.member_of_family(other)
            || other.member_of_family(self)
            || generation_of(&self.core, &other.core)
            || generation_of(&other.core, &self.core)
            || self.family_of(other)
            || other.family_of(self))
            && lines_compatible(self.line, other.line)
    }

    /// Whether `self` belongs to the family `family` names: "Tab S10 Plus"
    /// to "Tab S10 tablets".
    fn member_of_family(&self, family: &Model) -> bool {
        family.family
            && self
                .core
                .strip_prefix(family.core.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
    }

    /// Whether this mention names a family of AI models that `member`
    /// belongs to: "Gemini 2.0" ships as "Gemini 2.0 Flash", "GPT-4.1" as
    /// "GPT-4.1 mini" and "nano", and outlets name either. A phone's number
    /// alone names one model, the base one ("Pixel 8" is not the 8 Pro).
    fn family_of(&self, member: &Model) -> bool {
        if self.series_of(member) {
            return true;
        }
        const FAMILIES: &[&str] = &["gpt", "gemini", "claude", "llama", "grok"];
        if !(self.line.is_some_and(|line| FAMILIES.contains(&line))
            && self.core.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        {
            return false;
        }
        // The size may come first: "Claude 4" ships as "Claude Opus 4". A
        // Turbo comes later: "GPT-4 Turbo" is not GPT-4's launch.
        let is_size = |part: &&str| is_modifier(part) && *part != "turbo";
        let parts = member.core.split(' ');
        parts.clone().any(|part| is_size(&part))
            && parts
                .filter(|part| !is_size(part))
                .eq(std::iter::once(self.core.as_str()))
    }

    /// Whether this mention names a series of chips that `member` belongs
    /// to: "RTX 40" graphics and "RTX 40 Super" cards are the RTX 4070 and the
    /// 4080 Super, "Ryzen 7000" chips the 7950X. Modifiers must agree.
    fn series_of(&self, member: &Model) -> bool {
        const SERIES: &[&str] = &["geforce", "radeon", "ryzen"];
        if !(self.line.is_some_and(|line| SERIES.contains(&line))
            && lines_compatible(self.line, member.line))
        {
            return false;
        }
        let (ours, theirs) = (self.base(), member.base());
        // "Ryzen 7000X3D" is each 7000-series X3D chip: the 7950X3D; "Ryzen
        // 7000" any 7000-series chip.
        let digits = ours.bytes().take_while(u8::is_ascii_digit).count();
        let (number, suffix) = ours.split_at(digits);
        let prefix = match number.len() {
            // "RTX 40", "RX 7000": the family's digits before its zeros.
            2 => number,
            4 if number.ends_with("000") => &number[..1],
            _ => return false,
        };
        theirs.len() >= 4 + suffix.len()
            && theirs.starts_with(prefix)
            && theirs != ours
            && theirs.bytes().take(4).all(|b| b.is_ascii_digit())
            && (suffix.is_empty() || &theirs[4..] == suffix)
            && self
                .core
                .split(' ')
                .skip(1)
                .eq(member.core.split(' ').skip(1))
    }

    /// Whether two mentions name different generations of one line: the M2
    /// and the M4, the Pixel 8 and the Pixel 9.
    pub fn generation_rival_of(&self, other: &Model) -> bool {
        fn letters(base: &str) -> impl Iterator<Item = u8> + '_ {
            base.bytes().filter(|b| !b.is_ascii_digit() && *b != b'.')
        }
        let numbered = |base: &str| base.bytes().any(|b| b.is_ascii_digit());
        let (ours, theirs) = (self.base(), other.base());
        if ours == theirs || !numbered(ours) || !numbered(theirs) {
            return false;
        }
        // Numbers alone ("15", "2") are generations only within one line:
        // the Xiaomi 15 is no rival of HyperOS 2; letters say which line
        // ("M2", "M4") whatever the headline puts them in.
        let lines = if letters(ours).next().is_none() {
            self.line.is_some() && self.line == other.line
        } else {
            lines_compatible(self.line, other.line)
        };
        lines && letters(ours).eq(letters(theirs))
    }

    /// Whether this model is a variant its line names by modifiers alone
    /// ("Razr Plus", "iPad Air", "Watch Ultra"): no number, no letters of its own.
    pub fn is_named_variant(&self) -> bool {
        self.line.is_some() && self.core.split(' ').all(is_modifier)
    }

    /// Whether the model is an identifier (`IDENTIFIER_LINES`).
    pub fn is_identifier(&self) -> bool {
        self.line
            .is_some_and(|line| IDENTIFIER_LINES.contains(&line))
    }

    /// Whether the model is a release of a device's operating system
    /// ("One UI 6", "Android 14", "iOS 18.2"), which reaches many devices.
    pub fn is_system(&self) -> bool {
        self.line.is_some_and(|line| SOFTWARE_LINES.contains(&line))
    }

    /// Whether two mentions name different models of one family.
    pub fn sibling_of(&self, other: &Model) -> bool {
        // An identifier names one: any other is another.
        let identifiers = self.line == other.line && self.is_identifier();
        !self.family
            && !other.family
            && (self.base() == other.base() || identifiers)
            && self.core != other.core
            && lines_compatible(self.line, other.line)
    }
}

/// Whether `numbered` is `generic` with a generation number after it: a
/// launch's coverage says "the new Surface Pro" and "Surface Pro 11" alike.
/// So is a numbered beta to the release's beta: "iOS 16 beta" is how many
/// outlets write "iOS 16 beta 5" the day it comes out.
fn generation_of(generic: &str, numbered: &str) -> bool {
    let beta = generic.ends_with(" beta");
    (beta || !generic.bytes().any(|b| b.is_ascii_digit()))
        && numbered
            .strip_prefix(generic)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| {
                if beta {
                    is_small_number(rest)
                } else {
                    rest.bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty()
                }
            })
}

impl std::fmt::Display for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{line} {}", self.core),
            None => f.write_str(&self.core),
        }
    }
}

/// A set of event kinds (`event`), as bits of a `u128`: the 64 of a `u64`
/// ran out.
pub type Events = u128;

/// Kinds of event, as bits of `Features::events`.
pub mod event {
    use super::Events;

    pub const LEAK: Events = 1 << 0;
    pub const RUMOR: Events = 1 << 1;
    pub const OFFICIAL: Events = 1 << 2;
    pub const DATE: Events = 1 << 3;
    pub const REVIEW: Events = 1 << 4;
    pub const TEARDOWN: Events = 1 << 5;
    pub const DURABILITY: Events = 1 << 6;
    pub const PRICE: Events = 1 << 7;
    pub const UPDATE: Events = 1 << 8;
    pub const COMPLAINT: Events = 1 << 9;
    pub const FIX: Events = 1 << 10;
    pub const STATEMENT: Events = 1 << 11;
    pub const BENCHMARK: Events = 1 << 12;
    pub const COMPARISON: Events = 1 << 13;
    pub const HANDS_ON: Events = 1 << 14;
    pub const LEGAL: Events = 1 << 15;
    pub const EARNINGS: Events = 1 << 16;
    pub const SUIT: Events = 1 << 17;
    pub const DEPARTURE: Events = 1 << 18;
    pub const APPOINTMENT: Events = 1 << 19;
    pub const ON_SALE: Events = 1 << 20;
    pub const DELAY: Events = 1 << 21;
    pub const RISE: Events = 1 << 22;
    pub const FALL: Events = 1 << 23;
    pub const STOCK: Events = 1 << 24;
    pub const BLOCK: Events = 1 << 25;
    pub const APPROVAL: Events = 1 << 26;
    /// The phases of a deal (`deal_phase`): an offer, talks, an agreement,
    /// the deal closed. A rejection or a deal called off is a `BLOCK`.
    pub const OFFER: Events = 1 << 27;
    pub const TALKS: Events = 1 << 28;
    pub const AGREEMENT: Events = 1 << 29;
    pub const CLOSING: Events = 1 << 30;
    /// The steps of a criminal case, months apart in the same words: an
    /// arrest or charge, a plea, the verdict, the sentence.
    pub const ARREST: Events = 1 << 31;
    pub const PLEA: Events = 1 << 32;
    pub const VERDICT: Events = 1 << 33;
    pub const SENTENCE: Events = 1 << 34;
    /// A regulator's or a court's step on a deal, short of blocking or
    /// approving it ("UK watchdog warns over Adobe's Figma takeover").
    pub const DEAL_REVIEW: Events = 1 << 35;
    /// How many were ordered or sold: "3 million pre-orders", "sold 3.5 million".
    pub const DEMAND: Events = 1 << 36;
    /// A product or service ended: "Apple is killing Apple Pay Later".
    pub const SHUTDOWN: Events = 1 << 37;
    /// A person died: "Susan Wojcicki dies at 56", years after she stepped down.
    pub const DEATH: Events = 1 << 38;
    /// A product or company took a new name: "Apple TV+ is now Apple TV".
    pub const RENAME: Events = 1 << 39;
    /// A decision taken back: "Sony reverses Helldivers 2 PSN requirement",
    /// days after the requirement and the game's delisting.
    pub const REVERSAL: Events = 1 << 40;
    /// Things sold for a device, not the device: "The best Galaxy S24 Ultra
    /// cases", out the hour it launches.
    pub const ACCESSORY: Events = 1 << 41;
    /// A price told is a discount, not what a product costs: "The MacBook
    /// Pro is discounted to its lowest price yet", "$100 off".
    pub const DISCOUNT: Events = 1 << 42;
    /// Service pieces around an event, not news of it: when and where to
    /// watch it ("How to watch Apple's iPhone 16 event"), what it may bring
    /// ("What to expect from Samsung's Galaxy S25 Unpacked"), and its live
    /// coverage ("Apple event live: all the news as it happens"). Many
    /// outlets write each around the launch it is about, in its words.
    pub const WATCH: Events = 1 << 43;
    pub const PREVIEW: Events = 1 << 44;
    pub const LIVE: Events = 1 << 45;
    /// A digest of two companies' news in one headline ("The Download:
    /// OpenAI's reasoning model, and Apple's iPhone 16 hearing aids"): news
    /// of neither alone.
    pub const DIGEST: Events = 1 << 46;
    /// A maker's word, before a launch, on what the device will be: one
    /// part of it ("Xiaomi 15 Ultra design officially revealed", "OnePlus
    /// 13 battery capacity confirmed at 6,000 mAh"), or what it will be
    /// ("Oppo confirms Find N5 will be the world's thinnest foldable").
    pub const TEASER: Events = 1 << 47;
    /// A lawsuit settled ("Apple to pay $95 million to settle Siri privacy
    /// lawsuit"), not one filed ("Apple sued over Siri's recordings").
    pub const SETTLEMENT: Events = 1 << 48;
    /// A law passed or signed ("Minnesota passes right to repair law",
    /// "governor signs ... into law"), and the day it takes effect months
    /// later ("Australia's social media ban for under-16s comes into force").
    pub const ENACTED: Events = 1 << 49;
    pub const IN_FORCE: Events = 1 << 50;
    /// Orders taken before a device reaches stores: "Galaxy S24 pre-orders
    /// open", a week before "Galaxy S24 sales start today".
    pub const PREORDER: Events = 1 << 51;
    /// A ruling appealed: "Google to appeal Epic antitrust verdict".
    pub const APPEAL: Events = 1 << 52;
    /// A device's first sale, as Indian outlets tell it days after its
    /// launch: "Redmi Note 14 series first sale today on Amazon".
    pub const FIRST_SALE: Events = 1 << 53;
    /// Jobs cut: "Microsoft lays off 1,900 Activision Blizzard and Xbox
    /// employees", "Intel to cut 15% of its workforce".
    pub const LAYOFF: Events = 1 << 54;
    /// A ban or suspension: "Brazil suspends X", "Italy bans ChatGPT"; its
    /// end ("lifts ban", "X is back online in Brazil") is a `FIX`.
    pub const BAN: Events = 1 << 55;
    /// A market sector's stocks moving: "Quantum computing stocks plunge
    /// after Jensen Huang says ...", "Chip stocks rally", not one company's
    /// (`STOCK`).
    pub const SECTOR: Events = 1 << 56;
    /// A maker making less: "Ford cuts F-150 Lightning production", "halves
    /// output"; not the product's end ("Ford to end production of the
    /// F-150 Lightning", a `SHUTDOWN`).
    pub const OUTPUT: Events = 1 << 57;
    /// A company filing for bankruptcy: "Northvolt files for Chapter 11",
    /// "declares bankruptcy in Sweden"; not "bankrupt Northvolt's plant".
    pub const BANKRUPTCY: Events = 1 << 58;
    /// A company filing for its listing: "Cerebras files for US IPO",
    /// "Klarna files to go public"; not its pricing, its debut, nor the
    /// plan pulled ("withdraws IPO filing", a `SHUTDOWN`).
    pub const IPO_FILING: Events = 1 << 59;
    /// A maker calling its products back: "Nikola recalls 209 electric
    /// trucks over fire risk"; not the launch, the results or the company's
    /// bankruptcy two years on.
    pub const RECALL: Events = 1 << 60;
    /// A pardon or a sentence commuted: "Trump pardons Nikola founder
    /// Trevor Milton", years after the verdict and the sentence.
    pub const PARDON: Events = 1 << 61;
    /// A rocket carrying satellites up: "Amazon launches first
    /// prototype Kuiper satellites", not the service they bring.
    pub const SPACEFLIGHT: Events = 1 << 62;
    /// Which devices get a release or a feature: "Apple Intelligence will
    /// only work on the iPhone 15 Pro and newer", "won't be coming to older
    /// iPhones", "iOS 18 compatible devices"; not the release's launch.
    pub const COMPATIBILITY: Events = 1 << 63;
    /// A bill passed by one chamber of a legislature: "House passes GENIUS
    /// Act 308-122", "GENIUS Act clears Senate, heads to the House"; not the
    /// law signed the next day ("Trump signs GENIUS Act").
    pub const CHAMBER: Events = 1 << 64;
    /// A company ruling out what a rival did or what is feared: "Nintendo
    /// has no plans to raise Switch prices", "Xbox Series X won't be
    /// getting a price increase"; not the price rise itself.
    pub const RULED_OUT: Events = 1 << 65;
    /// The service pieces: one meets only its own kind.
    pub const COVERAGE: Events = WATCH | PREVIEW | LIVE | DIGEST;

    /// Names for explanations, in bit order.
    pub const NAMES: &[&str] = &[
        "leak",
        "rumor",
        "official",
        "date",
        "review",
        "teardown",
        "durability",
        "price",
        "update",
        "complaint",
        "fix",
        "statement",
        "benchmark",
        "comparison",
        "hands-on",
        "legal",
        "earnings",
        "lawsuit",
        "departure",
        "appointment",
        "on sale",
        "delay",
        "rise",
        "fall",
        "stock move",
        "block",
        "approval",
        "offer",
        "talks",
        "agreement",
        "deal closed",
        "arrest or charge",
        "plea",
        "verdict",
        "sentence",
        "deal under review",
        "orders or sales",
        "shutdown",
        "death",
        "rename",
        "reversal",
        "accessories",
        "discount",
        "how to watch",
        "preview",
        "live coverage",
        "digest",
        "teaser",
        "settlement",
        "law passed",
        "in force",
        "pre-order",
        "appeal",
        "first sale",
        "layoffs",
        "ban",
        "sector move",
        "production cut",
        "bankruptcy",
        "IPO filing",
        "recall",
        "pardon",
        "spaceflight",
        "which devices",
        "passed by one chamber",
        "ruled out",
    ];

    /// Kinds that conflict on one side only, as `(one, other, unless)`: a
    /// side telling `one` is not a side telling `other` without `unless`,
    /// though the first side may tell `other` too.
    pub const ONE_SIDED: &[(Events, Events, Events)] = &[
        // Pre-orders opened ("Galaxy S24 pre-orders open today", which is
        // also its sale begun) come a week or more before the day it
        // reaches stores ("Galaxy S24 sales start today").
        (PREORDER, ON_SALE, PREORDER),
        // A first sale ("OnePlus 13 first sale today") comes days after the
        // launch that tells no sale ("OnePlus 13 launched in India"), though
        // it is any other report of the sale ("goes on sale in India").
        (FIRST_SALE, OFFICIAL, ON_SALE),
        // Talks ended ("Honda and Nissan formally end merger talks") are
        // not talks begun ("Honda and Nissan sign agreement to begin
        // merger talks"), though both tell talks.
        (BLOCK, TALKS, BLOCK),
        // A pardon names the verdict it undoes ("Convicted Nikola founder
        // Trevor Milton gets presidential pardon"), which the verdict's own
        // news ("Nikola founder Trevor Milton convicted of fraud") is not.
        (PARDON, VERDICT, PARDON),
        (PARDON, SENTENCE, PARDON),
        (PARDON, ARREST, PARDON),
        (PARDON, PLEA, PARDON),
        // A bill one chamber passed is not the law signed: "House passes
        // GENIUS Act" the day before "Trump signs GENIUS Act".
        (CHAMBER, ENACTED, CHAMBER),
        // A launch of satellites is not the launch of what they serve:
        // "SpaceX launches first Starlink satellites that can beam service
        // to phones" vs "T-Mobile launches its Starlink texting service".
        (SPACEFLIGHT, OFFICIAL, SPACEFLIGHT),
        // What a company rules out is not what it or a rival does: "Microsoft
        // says it has no plans to raise Xbox prices" is not "Microsoft raises
        // Xbox Series X and S prices worldwide"; but a rise taken back is
        // what is then ruled out: "Rivian reverses price hike for existing
        // reservations" is "Rivian won't raise prices on existing preorders".
        (
            RULED_OUT,
            RISE | FALL
                | PRICE
                | OFFICIAL
                | DATE
                | DELAY
                | LAYOFF
                | SHUTDOWN
                | AGREEMENT
                | RUMOR
                | LEAK,
            RULED_OUT | REVERSAL,
        ),
    ];

    /// Pairs of kinds that are different events about the same device.
    pub const CONFLICTS: &[(Events, Events)] = &[
        (ACCESSORY, OFFICIAL),
        // "OnePlus Nord 4 gets Rs 2,000 off on Amazon" is not its launch.
        (DISCOUNT, OFFICIAL),
        (ACCESSORY, REVIEW),
        (ACCESSORY, HANDS_ON),
        (ACCESSORY, ON_SALE),
        (LEAK, OFFICIAL),
        (RUMOR, OFFICIAL),
        (BENCHMARK, OFFICIAL),
        (LEAK, REVIEW),
        (RUMOR, REVIEW),
        (REVIEW, TEARDOWN),
        (REVIEW, DURABILITY),
        (TEARDOWN, DURABILITY),
        (COMPLAINT, STATEMENT),
        (COMPLAINT, FIX),
        (STATEMENT, FIX),
        (STATEMENT, OFFICIAL),
        (COMPARISON, REVIEW),
        (COMPARISON, OFFICIAL),
        (UPDATE, REVIEW),
        (DATE, PRICE),
        (HANDS_ON, REVIEW),
        (HANDS_ON, LEAK),
        (HANDS_ON, RUMOR),
        (HANDS_ON, TEARDOWN),
        (HANDS_ON, DURABILITY),
        (LEGAL, EARNINGS),
        (DEPARTURE, APPOINTMENT),
        (DELAY, OFFICIAL),
        (DELAY, ON_SALE),
        (DELAY, DATE),
        (DELAY, PRICE),
        (DELAY, REVIEW),
        (DELAY, HANDS_ON),
        // "Terra blockchain halted" is not "LUNA crashes 99%" hours before.
        (DELAY, FALL),
        (RISE, FALL),
        // "Quantum stocks tumble as Nvidia's Huang says ..." is not
        // Nvidia's stock tumbling.
        (SECTOR, STOCK),
        (SECTOR, STATEMENT),
        (SECTOR, OFFICIAL),
        // The market's verdict on a launch is a story of its own.
        (STOCK, OFFICIAL),
        (REVIEW, OFFICIAL),
        (TEARDOWN, OFFICIAL),
        (DURABILITY, OFFICIAL),
        (REVIEW, ON_SALE),
        (BLOCK, APPROVAL),
        // "UK clears Microsoft's Activision deal" is not the deal itself.
        (APPROVAL, OFFER),
        (APPROVAL, TALKS),
        (APPROVAL, AGREEMENT),
        // The phases of a deal, weeks apart: "Musk offers to buy Twitter",
        // "Twitter accepts", "Musk completes the deal"; "Google in talks to
        // buy Wiz", "Wiz rejects Google's offer".
        (OFFER, TALKS),
        (OFFER, AGREEMENT),
        (OFFER, CLOSING),
        (TALKS, AGREEMENT),
        (TALKS, CLOSING),
        (AGREEMENT, CLOSING),
        // A deal struck is not the product either party launches the same
        // day: "Microsoft strikes deal with Mistral" is not "Mistral
        // launches new model to compete with OpenAI".
        (AGREEMENT, OFFICIAL),
        (BLOCK, TALKS),
        (BLOCK, AGREEMENT),
        (BLOCK, CLOSING),
        (APPROVAL, CLOSING),
        // Reports of a problem are not the launch, and a pause is not the apology.
        (COMPLAINT, OFFICIAL),
        (DELAY, STATEMENT),
        // A company's word is not the authorities' act: "Toyota chairman
        // apologizes after certification scandal widens" is not "Japan's
        // transport ministry raids Toyota headquarters" the next morning.
        (STATEMENT, LEGAL),
        (DEPARTURE, LEGAL),
        // A regulator's or a court's step on a deal is not the deal:
        // "UK watchdog warns over Adobe's Figma takeover".
        (DEAL_REVIEW, OFFER),
        (DEAL_REVIEW, TALKS),
        (DEAL_REVIEW, AGREEMENT),
        // Orders and sales counted are not the launch, its reviews or the
        // day it goes on sale.
        (DEMAND, OFFICIAL),
        (DEMAND, REVIEW),
        (DEMAND, ON_SALE),
        // "Starlink crosses 5 million users" is not "Starlink is down for
        // users around the world".
        (DEMAND, COMPLAINT),
        // The end of a product is not its launch: "Apple Pay Later launches",
        // "Apple is killing Apple Pay Later".
        (SHUTDOWN, OFFICIAL),
        (OUTPUT, SHUTDOWN),
        (OUTPUT, OFFICIAL),
        (SHUTDOWN, ON_SALE),
        (SHUTDOWN, REVIEW),
        // "Netflix will stop reporting subscriber numbers" is not the
        // quarter it beat estimates in, out the same hour.
        (SHUTDOWN, EARNINGS),
        // "Telegram CEO says his arrest was 'misguided'" twelve days after it.
        (STATEMENT, ARREST),
        // Jobs cut are news of their own, whatever else the company did
        // that season: "Microsoft lays off 1,900 Activision Blizzard and Xbox
        // employees" three months after "Microsoft completes Activision
        // Blizzard acquisition".
        (LAYOFF, OFFICIAL),
        (LAYOFF, ON_SALE),
        (LAYOFF, REVIEW),
        (LAYOFF, OFFER),
        (LAYOFF, TALKS),
        (LAYOFF, AGREEMENT),
        (LAYOFF, CLOSING),
        (LAYOFF, APPROVAL),
        (LAYOFF, BLOCK),
        (LAYOFF, DEAL_REVIEW),
        (LAYOFF, SUIT),
        (LAYOFF, VERDICT),
        (LAYOFF, SETTLEMENT),
        (LAYOFF, DEPARTURE),
        (LAYOFF, APPOINTMENT),
        (LAYOFF, SHUTDOWN),
        (LAYOFF, RENAME),
        // A bankruptcy filed is not the CEO's exit the same hour, the
        // assets sold months on, nor a launch.
        (BANKRUPTCY, DEPARTURE),
        (BANKRUPTCY, APPOINTMENT),
        (BANKRUPTCY, LAYOFF),
        (BANKRUPTCY, OFFICIAL),
        (BANKRUPTCY, OFFER),
        (BANKRUPTCY, AGREEMENT),
        (BANKRUPTCY, CLOSING),
        (BANKRUPTCY, EARNINGS),
        // Nor the talks that were to save it, or its shares soaring on them
        // months before: "Fisker stock soars on report Nissan may invest".
        (BANKRUPTCY, TALKS),
        (BANKRUPTCY, STOCK),
        // A recall is not the launch, a review, the results, the delay of
        // another model, or the maker's bankruptcy.
        (RECALL, OFFICIAL),
        (RECALL, REVIEW),
        (RECALL, EARNINGS),
        (RECALL, DELAY),
        (RECALL, BANKRUPTCY),
        (RECALL, LAYOFF),
        (RECALL, SHUTDOWN),
        // An IPO filed is not the plan pulled or paused, its pricing or its
        // debut: "Cerebras files for US IPO", then "Cerebras withdraws IPO
        // filing" a year on.
        (IPO_FILING, SHUTDOWN),
        (IPO_FILING, DELAY),
        (IPO_FILING, PRICE),
        (IPO_FILING, STOCK),
        // A ban is not its end weeks later ("Brazil lifts ban on X", "X is
        // back online in Brazil"), nor a launch.
        (BAN, FIX),
        (BAN, REVERSAL),
        (BAN, OFFICIAL),
        // "California suspends Waymo's application to expand" is not the
        // approval ten days on.
        (BAN, APPROVAL),
        (DELAY, APPROVAL),
        (BAN, ON_SALE),
        (BAN, LAYOFF),
        // A plan put off is not the plan scrapped a year later: "Intel
        // delays German, Polish plants by two years", then "Intel cancels
        // its German and Polish chip plants".
        (DELAY, SHUTDOWN),
        // A law passed is not the day it takes effect, nor the day a
        // company's new terms do.
        (ENACTED, IN_FORCE),
        // A rule adopted is not the rule undone a year on: "FCC adopts
        // ruling requiring carriers to secure networks" vs "FCC votes to
        // rescind telecom cybersecurity ruling".
        (ENACTED, SHUTDOWN),
        (IN_FORCE, OFFICIAL),
        // A suit filed is not the verdict, nor a law signed the court's
        // ruling on it.
        (SUIT, VERDICT),
        (ENACTED, VERDICT),
        (APPEAL, VERDICT),
        // What leaks or is certified before a launch is not what is tested
        // or discounted after it: "Galaxy S24 Ultra leaked" is not "Galaxy
        // S24 Ultra drop test", nor "Pixel 8a gets FCC certification" its
        // price cut.
        (LEAK, DURABILITY),
        (LEAK, TEARDOWN),
        (LEAK, DISCOUNT),
        (BENCHMARK, DISCOUNT),
        (BENCHMARK, DURABILITY),
        // A price raised is not a price cut.
        (RISE, DISCOUNT),
        // "SBF found guilty", then "SBF sentenced to 25 years" five months on.
        (ARREST, PLEA),
        (ARREST, VERDICT),
        (ARREST, SENTENCE),
        (PLEA, VERDICT),
        (PLEA, SENTENCE),
        (VERDICT, SENTENCE),
        // "Wojcicki steps down as YouTube CEO", then "dies at 56".
        (DEATH, DEPARTURE),
        (DEATH, APPOINTMENT),
        // "Apple TV+ goes up to $12.99", then "Apple TV+ is now Apple TV".
        (RENAME, PRICE),
        // "Elden Ring DLC comes out June 21st" is not its review.
        (REVIEW, DATE),
        // "ROG Phone 9 launch date set for November 19" is not "ROG Phone 9
        // spotted on Geekbench", nor the renders that leak, nor its
        // durability test.
        (BENCHMARK, DATE),
        (LEAK, DATE),
        (TEARDOWN, DATE),
        (DURABILITY, DATE),
        // "IBM in talks to buy HashiCorp", then "IBM confirms $6.4 billion deal".
        (TALKS, OFFICIAL),
        // "Helldivers 2 will require PSN accounts", "Helldivers 2 delisted in
        // 170 countries", then "Sony reverses Helldivers 2 PSN requirement".
        (REVERSAL, OFFICIAL),
        (REVERSAL, SHUTDOWN),
        (REVERSAL, COMPLAINT),
        (REVERSAL, DELAY),
        // "Samsung pauses One UI 7 rollout", then "resumes" it.
        (DELAY, FIX),
        // Owners' reports of a fault are not the maker pausing what caused
        // it: "Galaxy S22 users report boot loops after One UI 6.1", then
        // "Samsung halts One UI 6.1 update for Galaxy S22 after bootloop
        // reports".
        (COMPLAINT, DELAY),
        // Owners' reports of a fault are not a lab's durability test, a
        // teardown or a review.
        (COMPLAINT, DURABILITY),
        (COMPLAINT, TEARDOWN),
        (COMPLAINT, REVIEW),
        (REVERSAL, PRICE),
        // "How to watch the iPhone 16 event", "What to expect from the
        // iPhone 16 event", "iPhone 16 event live blog": one event, three
        // pieces ("livestream and what to expect" is both of the first).
        (WATCH, PREVIEW),
        (WATCH, LIVE),
        (PREVIEW, LIVE),
        (DIGEST, WATCH),
        (DIGEST, PREVIEW),
        (DIGEST, LIVE),
    ];
}

/// Regions, as bits of `Features::regions`.
pub mod region {
    pub const CHINA: u32 = 1 << 0;
    pub const GLOBAL: u32 = 1 << 1;
    pub const INDIA: u32 = 1 << 2;
    pub const EUROPE: u32 = 1 << 3;
    pub const US: u32 = 1 << 4;
    pub const JAPAN: u32 = 1 << 5;
    /// Other markets a launch, a ban or a price is told by; a country's
    /// adjective is left out where it names a company's home more often
    /// than a market ("Korean giant Samsung", "Taiwanese chipmaker TSMC").
    pub const CANADA: u32 = 1 << 6;
    pub const BRAZIL: u32 = 1 << 7;
    pub const MEXICO: u32 = 1 << 8;
    pub const KOREA: u32 = 1 << 9;
    pub const AUSTRALIA: u32 = 1 << 10;
    pub const INDONESIA: u32 = 1 << 11;
    pub const RUSSIA: u32 = 1 << 12;
    pub const TAIWAN: u32 = 1 << 13;
    pub const VIETNAM: u32 = 1 << 14;
    pub const TURKEY: u32 = 1 << 15;
    pub const NIGERIA: u32 = 1 << 16;
    pub const KENYA: u32 = 1 << 17;
    pub const PAKISTAN: u32 = 1 << 18;
    pub const MALAYSIA: u32 = 1 << 19;
    pub const SINGAPORE: u32 = 1 << 20;
    pub const THAILAND: u32 = 1 << 21;
    pub const PHILIPPINES: u32 = 1 << 22;
    pub const SAUDI: u32 = 1 << 23;

    /// Names for explanations, in bit order.
    pub const NAMES: &[&str] = &[
        "china",
        "global",
        "india",
        "europe",
        "us",
        "japan",
        "canada",
        "brazil",
        "mexico",
        "korea",
        "australia",
        "indonesia",
        "russia",
        "taiwan",
        "vietnam",
        "turkey",
        "nigeria",
        "kenya",
        "pakistan",
        "malaysia",
        "singapore",
        "thailand",
        "philippines",
        "saudi arabia",
    ];
}

/// Parts of a device a headline can report on, as bits of `Features::aspects`.
/// Makers reveal them one a day before a launch, and leakers leak them so.
pub mod aspect {
    pub const DESIGN: u8 = 1 << 0;
    pub const CAMERA: u8 = 1 << 1;
    pub const BATTERY: u8 = 1 << 2;
    pub const DISPLAY: u8 = 1 << 3;
    pub const CHIP: u8 = 1 << 4;

    /// Names for explanations, in bit order.
    pub const NAMES: &[&str] = &["design", "camera", "battery", "display", "chip"];
}

/// Extracts the features of a headline from the outlet `feed`.
pub fn extract(title: &str, feed: &str) -> Features {
    let title = glue_model_codes(&strip_tickers(normalize::strip_wire_prefix(
        normalize::strip_site_suffix(title, feed),
    )));
    let title = title.as_str();
    let truncated = title.ends_with("...") || title.ends_with('…');
    let mut words = split_glued_modifiers(normalize::words(title));
    singular_modifiers(&mut words);
    if truncated && words.len() > 3 {
        // The last word of a cut headline may itself be cut ("Galaxy S5 rev...").
        words.pop();
    }
    drop_markers(&mut words);
    rewrite_phrases(&mut words);
    maker_reveals(&mut words);
    let (mut capitals, sentence_starts, case_weight, inner_capitals) = capitalization(title);
    words_in_context(title, &mut words, case_weight > 0, &capitals);
    // The Merge is a name however it is written.
    if words.iter().any(|word| word == "themerge") {
        capitals.push("themerge".to_owned());
    }
    arabic_numerals(&mut words);
    canonical_versions(&mut words);
    macos_numbers(&mut words);
    beta_numbers(&mut words);
    join_letter_numbers(title, &mut words);
    join_series_numbers(&mut words);
    // Case evidence is read from the words as written, before "Sept." becomes "september".
    let rewritten = canonical_dates(&mut words);

    let mut features = Features {
        case_weight,
        ..Features::default()
    };
    let named_regions = regions_in_names(title);
    let mut in_model = vec![false; words.len()];
    let mut dated_availability_only = true;
    let mut dated_effective_only = true;
    let mut main_companies: Vec<&'static str> = Vec::new();
    let mut counts_reached = false;
    // Whether the headline's own news names a day.
    let mut own_dated = false;
    // Who owns what and where commas divide, read once: a digest's second
    // topic needs them, and so does a headline with two models.
    let mut owners_and_lists = title
        .contains(", and ")
        .then(|| (words_before(title, POSSESSIVE), words_before(title, COMMA)));
    let second_topic = owners_and_lists
        .as_ref()
        .map_or(words.len(), |(possessives, before_commas)| {
            second_topic(&words, possessives, before_commas)
        });
    let clause = background_clause(&words).min(second_topic);
    let money = money_in(title);
    let grouped = grouped_numbers(title);
    let mut model_starts = Vec::new();
    // A model only the trailing clause names is the setting, not what the
    // headline is about: "Huawei unveils tri-fold phone, hours after the
    // iPhone 16 launch". Its token is background.
    let mut setting = Vec::new();
    // Where the words of a model a product is built with stand: they make
    // no tokens, as a named model's words would be its tokens.
    let mut tool_words = vec![false; words.len()];
    // A chip named before the device it goes in qualifies it: "M5 MacBook
    // Pro" is news of the MacBook Pro.
    let mut qualifiers = Vec::new();
    let mut found = find_models(&words);
    // Models of lines no table knows keep apart what they name ("Maia 100"
    // is not "Cobalt 100", nor "Diablo 4" "Diablo 3") but add no token of
    // their own: their name and number weigh as they did.
    let named = named_models(
        &words,
        &found,
        clause,
        &[&capitals[..], &inner_capitals, &sentence_starts].concat(),
        &money,
    );
    found.extend(named.iter().cloned());
    for tesla in tesla_models(title, &words) {
        if !found
            .iter()
            .any(|(start, end, _)| *start < tesla.1 && tesla.0 < *end)
        {
            found.push(tesla);
        }
    }
    found.sort_by_key(|(start, _, _)| *start);
    // A headline names a few models; one that lists dozens ("W1 W2 W3 ...")
    // would make every model check square in their number, so the rest
    // are words.
    found.truncate(MAX_MODELS);
    let named_at = |start: usize| named.iter().any(|(at, _, _)| *at == start);
    // Only a headline with two models can own one by the other.
    let (possessives, before_commas) = match owners_and_lists.take() {
        Some(read) => read,
        None if found.len() >= 2 => (words_before(title, POSSESSIVE), words_before(title, COMMA)),
        None => (Vec::new(), Vec::new()),
    };
    // Where the last console a game comes to ends: "on Xbox Series X and S".
    let mut platform_end = None;
    for (at, (start, end, model)) in found.iter().enumerate() {
        if !named_at(*start) {
            in_model[*start..*end]
                .iter_mut()
                .for_each(|flag| *flag = true);
        }
        // "Halo is coming to PS5", "Forza Horizon 5 launches on PS5": a
        // console a game comes to is where the news lands, not what it is
        // about.
        // "on Xbox Series X and S": "Series" between the line and its letter.
        let line_at = start.checked_sub(if words[start.saturating_sub(1)] == "series" {
            2
        } else {
            1
        });
        let listed_after_platform = platform_end.is_some_and(|platform_end: usize| {
            platform_end + 1 == *start && matches!(words[platform_end].as_str(), "and" | "or" | "&")
        });
        let platform = matches!(model.line, Some("playstation" | "xbox" | "switch"))
            && (listed_after_platform
                || line_at.is_some_and(|at| {
                    at >= 1
                        && line_of(&words[at]).is_some()
                        && matches!(words[at - 1].as_str(), "to" | "onto" | "on" | "for")
                }));
        platform_end = platform.then_some(*end);
        // "Google's new Flow app uses Veo 3", "an assistant powered by
        // Gemini 2.5": the model a product is built with is not its news.
        let tool = line_at.is_some_and(|at| {
            at >= 1 && matches!(words[at - 1].as_str(), "uses" | "using")
                || at >= 2
                    && matches!(
                        (words[at - 2].as_str(), words[at - 1].as_str()),
                        ("built" | "based" | "running", "on") | ("powered", "by")
                    )
        });
        if tool {
            tool_words[line_at.unwrap_or(*start)..*end]
                .iter_mut()
                .for_each(|flag| *flag = true);
            continue;
        }
        if *start >= clause || platform {
            setting.extend(model.tokens());
        } else if !features.models.contains(model) {
            features.models.push(model.clone());
            model_starts.push(*start);
            // Not "RTX 4080 Super, RTX 4070 Super": a list of one line's
            // models; nor "iPhone 16, AirPods 4 and Apple Watch Series 10",
            // a list of a launch's products.
            let before_device = !before_commas.contains(&words[end - 1])
                && words
                    .get(*end)
                    .and_then(|word| line_of(word))
                    .is_some_and(|(line, brand)| !brand && model.line != Some(line))
                && found
                    .get(at + 1)
                    .is_some_and(|(next, _, _)| *next <= end + 1);
            // "Pixel 10's fully custom Tensor G5", "iPhone 16 Pro's A18 Pro
            // chip": a device owning the model after it names whose part
            // the news is about.
            let owns_next = possessives.contains(&words[end - 1])
                && found
                    .get(at + 1)
                    .is_some_and(|(next, _, _)| *next >= *end && *next <= end + 3);
            // "Samsung halts the Galaxy S24 One UI 7 update": the device
            // named right before a release of its software says whose
            // release it is.
            let before_software = found.get(at + 1).is_some_and(|(next, _, software)| {
                (*end..=end + 2).contains(next)
                    && words[*end..*next]
                        .iter()
                        .all(|word| word == "one" || line_of(word).is_some())
                    && software.is_system()
                    && !model.is_system()
            });
            // "Windows 10 KB5034441", "Windows 11 Insider Preview Build
            // 26120.2510": the update or the build is the news, the system
            // it is for the setting.
            let before_update = found.get(at + 1).is_some_and(|(next, _, update)| {
                (*end..=end + 3).contains(next)
                    && update
                        .line
                        .is_some_and(|line| matches!(line, "kb" | "build"))
                    && words[*end..*next].iter().all(|word| {
                        matches!(
                            word.as_str(),
                            "insider"
                                | "preview"
                                | "beta"
                                | "dev"
                                | "canary"
                                | "channel"
                                | "update"
                        )
                    })
            });
            // A named model before a console is the game, not a part of it:
            // "Forza Horizon 5 PS5 Release Date".
            qualifiers.push(
                (before_device || owns_next || before_software || before_update)
                    && !named_at(*start),
            );
        }
    }
    // The part of a device written right after the device, or after a word
    // that describes the part ("Find X8 Ultra's quad camera"), is what the
    // headline reports on; the headline's first model only, since a part
    // named after a later one is a spec the launch lists ("Vivo T3 launched
    // with Dimensity 7200 SoC", "with 50MP Sony IMX882 camera").
    for (start, end, _) in found.iter().take(1) {
        if *start >= clause {
            continue;
        }
        let part = match words.get(*end).map(String::as_str) {
            Some("new" | "quad" | "triple" | "main" | "rear" | "official" | "full") => {
                words.get(end + 1)
            }
            _ => words.get(*end),
        };
        features.aspects |= part.map_or(0, |part| aspect_of(part));
    }
    features.repeated = repeated_attack(&words[..clause]);
    // The subject is the first model the headline is about, not the rival
    // it measures against: "Anthropic says its Claude 3 models beat GPT-4".
    let mut rivals: Vec<bool> = model_starts
        .iter()
        .map(|&start| is_compared_against(&words, start))
        .collect();
    let subject = (0..rivals.len())
        .find(|&at| !rivals[at] && !qualifiers[at])
        .or_else(|| rivals.iter().position(|rival| !rival));
    match subject {
        Some(subject) => {
            features.models[..=subject].rotate_right(1);
            model_starts[..=subject].rotate_right(1);
            rivals[..=subject].rotate_right(1);
        }
        None => features.rivals_only = !rivals.is_empty(),
    }
    let models: Vec<Vec<String>> = features
        .models
        .iter()
        .map(|model| model.tokens().collect())
        .collect();
    let subject_start = model_starts.first().copied();
    for ((tokens, start), rival) in models.into_iter().zip(model_starts).zip(rivals) {
        // A rival is background too: "Mistral's new model takes on GPT-4" is
        // no news of GPT-4.
        if !named_at(start) {
            for token in tokens {
                features.add_token(token, start >= clause || rival);
            }
        }
    }
    features.periods = periods_in(&words, clause, &in_model, &grouped);
    // "Moto G Power 5G (2024)" is not the (2025): a year in parentheses
    // after a name is the edition of the product it names.
    if let Some(year) = edition_year(title)
        && !features
            .models
            .iter()
            .any(|model| model.line == Some("edition"))
    {
        features.models.push(Model {
            line: Some("edition"),
            core: year.to_owned(),
            family: false,
        });
    }
    // Whether a model names where the news lands, not what it is about.
    let has_setting = !setting.is_empty();
    for token in setting {
        features.add_token(token, true);
    }
    features.capitalized = vec![Some(true); features.tokens.len()];

    // "Jeff Williams is retiring as Apple's COO", "John Giannandrea to
    // retire from Apple": a person retiring leaves; a product retired ends.
    let about_a_role = words.iter().any(|word| is_role(word));
    // Where the headline's own news tells of someone leaving.
    let mut departures = Vec::new();
    let mut us_market = false;
    // Whether a word of the headline's own news besides "confirms" tells
    // official news.
    let mut official_besides_confirming = false;
    // Whether someone speaks in the headline: the cause it gives is their
    // word ("Rackspace says ransomware attack caused Exchange outage").
    let speaks = words.iter().any(|word| {
        matches!(
            word.as_str(),
            "says" | "said" | "confirms" | "confirmed" | "explains" | "explained"
        )
    });
    for (index, word) in words.iter().enumerate() {
        let next = words.get(index + 1).map(String::as_str);
        let previous = index.checked_sub(1).map(|before| words[before].as_str());
        let gives_cause = speaks && matches!(word.as_str(), "caused" | "causes" | "causing");
        let retires = matches!(
            word.as_str(),
            "retire" | "retires" | "retiring" | "retirement"
        ) && (about_a_role || next == Some("from"));
        // "RTX 5060 arrives at $299": a launch with its price; not "Dragon
        // arrives at space station".
        let arrives_priced = matches!(word.as_str(), "arrive" | "arrives" | "arrived")
            && next == Some("at")
            && words.get(index + 2).is_some_and(|price| is_number(price));
        // "Boston Dynamics retires its hydraulic Atlas robot", "is retiring
        // the iPhone 13 mini": a product ended, not a person leaving.
        let retires_product = !retires
            && matches!(word.as_str(), "retire" | "retires" | "retired" | "retiring")
            && matches!(next, Some("its" | "the" | "their"));
        // "a ROG Phone 8 in a suit" wears one.
        let worn = word == "suit" && index >= 2 && words[index - 2] == "in";
        // "Instagram head Adam Mosseri says the map does not share your
        // location": an executive speaks for the company.
        // "Microsoft says Chinese hackers are exploiting SharePoint": the
        // company that leads the headline naming who attacks is its word,
        // as an executive's is (not "Apple says Siri will take longer",
        // which is the delay itself).
        let attributes = index == 1
            && company_of(&words[0]).is_some()
            && words[index + 1..].iter().take(3).any(|after| {
                matches!(
                    after.as_str(),
                    "hackers"
                        | "hacker"
                        | "attackers"
                        | "chinese"
                        | "russian"
                        | "iranian"
                        | "korean"
                )
            });
        // "Adobe says it won't train AI on your work": a company denying
        // what it is accused of answers the reports, as a statement does.
        // So does one saying what it runs was not hit: "Valve says Steam
        // wasn't breached".
        let denies = index == 1
            && company_of(&words[0]).is_some()
            && (next == Some("it")
                && words[index + 2..].iter().take(2).any(|after| {
                    matches!(
                        after.as_str(),
                        "won" | "not" | "doesn" | "isn" | "didn" | "hasn" | "wasn" | "never"
                    )
                })
                || words.get(index + 2).is_some_and(|after| {
                    matches!(after.as_str(), "wasn" | "weren" | "isn" | "aren" | "not")
                }));
        let executive_says = matches!(word.as_str(), "says" | "said")
            && (words[index.saturating_sub(3)..index]
                .iter()
                .any(|before| is_role(before))
                || attributes
                || denies);
        // "Microsoft releases emergency SharePoint updates", "patches for
        // exploited flaw": a fix, not any update.
        let emergency_fix = matches!(word.as_str(), "patch" | "patches" | "update" | "updates")
            && (previous == Some("emergency")
                || index >= 2 && words[index - 2] == "emergency"
                || next == Some("for")
                    && words.get(index + 2).is_some_and(|after| {
                        matches!(
                            after.as_str(),
                            "exploited" | "zero" | "zeroday" | "flaw" | "vulnerability"
                        )
                    }));
        // "Garmin fans push back against Connect Plus paywall" oppose it,
        // as "backlash" does; not "pushed back to October".
        let opposes = pushes_back(word, next)
            && words
                .get(index + 2)
                .is_some_and(|after| matches!(after.as_str(), "against" | "on" | "over"));
        // "Google pushes back on claims it warned all Gmail users": a
        // company denying reports speaks for itself.
        let rebuts = opposes
            && index == 1
            && company_of(&words[0]).is_some()
            && words[index + 3..]
                .iter()
                .take(2)
                .any(|after| matches!(after.as_str(), "claims" | "claim" | "reports" | "report"));
        let opposes = opposes && !rebuts;
        // A company denying a report rules out what it tells: "Valve says
        // Steam wasn't breached" is not "89 million Steam accounts allegedly
        // leaked"; nor is "Meta denies training Llama 4 on test sets" the
        // claim. What it denies is a report or a deed, not another's
        // request ("Apple denies Epic's request"), and the one denying is
        // no authority.
        let company_denies = index == 1
            && matches!(word.as_str(), "denies" | "denied")
            && next.is_some_and(|next| {
                next.ends_with("ing")
                    || matches!(
                        next,
                        "report"
                            | "reports"
                            | "claim"
                            | "claims"
                            | "rumor"
                            | "rumors"
                            | "rumour"
                            | "rumours"
                            | "allegations"
                            | "data"
                            | "breach"
                            | "hack"
                            | "any"
                            | "wrongdoing"
                            | "that"
                            | "it"
                    )
            })
            && !matches!(
                words[0].as_str(),
                "judge"
                    | "court"
                    | "regulator"
                    | "regulators"
                    | "ftc"
                    | "fcc"
                    | "sec"
                    | "doj"
                    | "eu"
                    | "cma"
                    | "government"
                    | "police"
                    | "nhtsa"
                    | "faa"
                    | "fda"
                    | "senate"
                    | "congress"
                    | "he"
                    | "she"
                    | "they"
            );
        // "Samsung pulls One UI 6.1 update for the Galaxy S22" halts it.
        let pulls_update = matches!(word.as_str(), "pulls" | "pulled" | "pulling")
            && next != Some("out")
            && words[index + 1..]
                .iter()
                .take(6)
                .any(|after| matches!(after.as_str(), "update" | "updates" | "patch" | "rollout"));
        // "Google says a fix is coming", "Samsung will fix it": a promise,
        // not the fix ("the fix is rolling out now").
        // "Randy Pitchford says Borderlands 4 fixes are coming".
        let promised_fix = matches!(word.as_str(), "fix" | "fixes")
            && (next == Some("coming")
                || matches!(next, Some("is" | "are"))
                    && words
                        .get(index + 2)
                        .is_some_and(|after| matches!(after.as_str(), "coming" | "on"))
                || matches!(previous, Some("will" | "promises" | "promise")));
        // "Apple's smarter Siri won't arrive until next year": a delay.
        let not_until = word == "until"
            // "won't" is "won": the apostrophe ends the word.
            && words[index.saturating_sub(4)..index]
                .iter()
                .any(|word| matches!(word.as_str(), "won" | "not"))
            && words[index.saturating_sub(3)..index].iter().any(|verb| {
                matches!(
                    verb.as_str(),
                    "arrive" | "launch" | "ship" | "come" | "release" | "debut" | "available"
                )
            });
        // "Starlink gets licence from India's telecom department", "receives
        // GMPCS licence": a regulator's approval; not "licensing deal".
        let licensed = matches!(
            word.as_str(),
            "licence" | "license" | "licences" | "licenses"
        ) && words[index.saturating_sub(3)..index].iter().any(|before| {
            matches!(
                before.as_str(),
                "gets"
                    | "get"
                    | "receives"
                    | "received"
                    | "wins"
                    | "won"
                    | "secures"
                    | "secured"
                    | "obtains"
                    | "obtained"
                    | "granted"
                    | "grants"
                    | "awarded"
            )
        });
        // "Pentagon adds CATL to list of Chinese military companies",
        // "added to the Entity List": a government's blacklisting.
        const ADDS: &[&str] = &["adds", "added", "adding"];
        let blacklisted = index < clause
            && verb_with_object(&words[..clause], index, ADDS, 10, &["list"])
            && verb_with_object(
                &words[..clause],
                index,
                ADDS,
                10,
                &["military", "entity", "sanctions", "trade"],
            );
        // "board member Spencer Rascoff takes over", "takes over as CEO",
        // "CEO Pekka Lundmark to step down, Justin Hotard to take over",
        // "takes the helm": a successor; not "Musk takes over Twitter".
        let takes_over = matches!(word.as_str(), "take" | "takes" | "took" | "taking")
            && (next == Some("over")
                && (index + 2 >= clause
                    || matches!(words[index + 2].as_str(), "as" | "at" | "from"))
                // "takes the helm", "takes the reins".
                || words[index + 1..]
                    .iter()
                    .take(2)
                    .any(|after| matches!(after.as_str(), "helm" | "reins")));
        // Asked of the kind and of the token: jobs cut, a plan ended.
        let cuts = cuts_staff(&words, index);
        let ends_offer = ends_offering(&words, index);
        let closes = closes_site(&words, index);
        let kind = if let Some(stage) = law_stage(&words, index) {
            stage
        } else if not_until {
            event::DELAY
        } else if promised_fix {
            event::STATEMENT
        } else if retires {
            event::DEPARTURE
        } else if retires_product {
            event::SHUTDOWN
        } else if arrives_priced {
            event::OFFICIAL
        } else if pulls_update {
            event::DELAY
        } else if opposes {
            event::COMPLAINT
        } else if worn || exposes_data(&words, index) {
            0
        } else if executive_says || gives_cause || rebuts {
            event::STATEMENT
        } else if emergency_fix {
            event::UPDATE | event::FIX
        } else if cuts {
            event::LAYOFF
        } else if licensed {
            event::APPROVAL
        } else if takes_over {
            event::APPOINTMENT
        } else if blacklisted {
            event::BAN
        } else if closes {
            // "Kaspersky to close US operations" shuts them down; no deal closed.
            event::SHUTDOWN
        } else {
            event_of(word, previous, next)
        };
        // "Alphabet shares jump after Google unveils quantum chip" is news
        // of the shares: what the clause tells happened before.
        if index < clause {
            features.events |= kind;
            if denies && executive_says || rebuts || company_denies {
                features.events |= event::RULED_OUT;
            }
            if ends_offer {
                features.events |= event::SHUTDOWN;
            }
            if kind & event::DEPARTURE != 0 {
                departures.push(index);
            }
            official_besides_confirming |=
                kind & event::OFFICIAL != 0 && !matches!(word.as_str(), "confirms" | "confirmed");
        }
        // "revenue tops $100 billion in September quarter" names a quarter.
        // "Vivo V50 price tipped ahead of February 17 launch": a day in the
        // trailing clause is the setting, no date announced.
        if names_a_month(word, previous)
            && next != Some("quarter")
            && !month_of_availability(&words, index)
            && index < clause
        {
            features.events |= event::DATE;
        }
        // "Xiaomi 15 Ultra debuts in China ahead of global launch" is a
        // launch in China.
        if index < clause {
            // "New Mexico sues Meta" is no news of Mexico. Most words are
            // no region, so the other checks wait for one that is.
            let region = region_of(word);
            // "UK-based Adobe rival": a company's home, no market.
            let not_a_market = || {
                next == Some("based")
                    || named_regions.contains(word)
                    || ends_two_word_place(&words, index)
                    || index == 0 && names_home(title, &words)
            };
            if region != 0 && !not_a_market() {
                features.regions |= region;
            }
            if let Some(place) = place_at(&words, index)
                && !features.places.contains(&place)
            {
                features.places.push(place);
            }
            // "raising PS5 prices in the US": a market, unlike "US sues Apple".
            // "in the UK and US": a list of markets.
            us_market |= word == "us"
                && (matches!(previous, Some("in" | "to"))
                    || index >= 2
                        && (previous == Some("the")
                            && matches!(words[index - 2].as_str(), "in" | "to")
                            || matches!(previous, Some("and" | "or"))
                                && region_of(&words[index - 2]) != 0));
        }
        features.hedged |= is_hedge(word);
        // "1,548 hp" is power, not the company HP.
        // "Threads is the fastest app to 100 million users, beating ChatGPT":
        // a rival is not whose news it is.
        let unit = is_unit(word) && previous.is_some_and(is_number);
        // "Threads hits 200 million users", "Snap to cut 10% of global
        // workforce": companies named by everyday words, where the headline
        // writes one as a name (at its start, or with a capital in sentence
        // case); not "32 threads" or "Galaxy S24 Ultra Zoom Test".
        let named_company = || {
            let name = AMBIGUOUS_COMPANIES
                .iter()
                .find(|(name, _)| name == word)
                .map(|(_, company)| *company)?;
            let as_name = index == 0
                || case_weight >= super::SENTENCE_CASE && capitals.contains(word)
                || sentence_starts.contains(word);
            // "United States", "United Nations", "Delta Force".
            let of_another_name = matches!(
                next,
                Some("states" | "kingdom" | "nations" | "arab" | "auto" | "force" | "variant")
            );
            (as_name && !of_another_name && !previous.is_some_and(is_number)).then_some(name)
        };
        let company = company_of(word)
            .or_else(named_company)
            .filter(|_| !unit && !is_compared_against(&words, index));
        if let Some(company) = company {
            let named = if index < clause {
                &mut main_companies
            } else {
                &mut features.setting_companies
            };
            if !named.contains(&company) {
                named.push(company);
            }
        }
        let device = device_of(word);
        // A platform's news is its devices' news: "iPhone sideloading comes
        // with iOS 17.4", "Apple opens the iPhone to other app stores".
        let runs_on = device.and_then(|device| {
            PLATFORMS
                .iter()
                .find(|(platform, _)| *platform == device)
                .map(|(_, runs_on)| *runs_on)
        });
        for (name, found) in [
            (device, &mut features.devices),
            (company, &mut features.companies),
        ] {
            if let Some(name) = name
                && !found.contains(&name)
            {
                found.push(name);
            }
        }
        if let Some(name) = runs_on
            && !features.devices.contains(&name)
        {
            features.devices.push(name);
        }
        if let Some(date) = date_at(&words, index, &in_model) {
            if !features.dates.contains(&date) {
                features.dates.push(date);
            }
            own_dated |= index < clause && date.1 != 0;
            // "available October 13", "arrives September 27": when the
            // product is here and when it reaches buyers.
            // "Resident Evil Requiem announced, launches February 27": a
            // reveal that names its release day, as the maker's own
            // announcement does; not "Galaxy S25 launches January 22".
            let revealed_with_release = words[index.saturating_sub(3)..index]
                .iter()
                .any(|before| matches!(before.as_str(), "launches" | "releases" | "out"))
                && words[..index].iter().any(|word| {
                    matches!(
                        word.as_str(),
                        "announced" | "announces" | "unveiled" | "unveils" | "revealed" | "reveals"
                    )
                });
            let availability = revealed_with_release
                || words[index.saturating_sub(2)..index]
                    .iter()
                    .any(|before| AVAILABILITY.contains(&before.as_str()));
            dated_availability_only &= availability;
            // "Airtel hikes plan prices by up to 21 percent from July 3":
            // the day a change takes effect.
            dated_effective_only &= index < clause
                && words[index.saturating_sub(2)..index]
                    .iter()
                    .any(|before| matches!(before.as_str(), "from" | "effective" | "starting"));
        }
        // "YouTube TV price goes up to $82.99", "costs $6.99": a price under
        // 100 that the headline sets is a price too ("$13.99" is another);
        // not a change ("a $1 price hike", "$70 discount"), a fee beside
        // the price ("plus a $24 monthly fee") or a share's price ("$54.20
        // per share").
        let small_price = || {
            let priced = money
                .iter()
                .any(|money| money.digits == *word && !money.sum);
            // "$8 per month, $11 for iOS users": a price listed after one set.
            let listed = features
                .amounts
                .iter()
                .any(|amount| amount.unit == AmountUnit::Plain && amount.value < 100.0)
                && matches!(previous, Some("month" | "year" | "week" | "and" | "or"));
            let set = (listed
                || matches!(
                previous,
                Some(
                    "to" | "at"
                        | "costs"
                        | "cost"
                        | "for"
                        | "now"
                        | "from"
                        | "is"
                        | "just"
                        | "only"
                )
            )) && !matches!(next, Some("off" | "cheaper" | "less" | "more"))
                // "$54.20 per share", not "$72.99 per month".
                && !(matches!(next, Some("per" | "a"))
                    && words
                        .get(index + 2)
                        .is_some_and(|unit| matches!(unit.as_str(), "share" | "unit")));
            let value: f64 = word.parse().ok()?;
            // "raise prices by $2 a month", "by up to $3": how much a price
            // moves, which only another move is compared with.
            let by = previous == Some("by")
                || index >= 3
                    && words[index - 3] == "by"
                    && words[index - 2] == "up"
                    && words[index - 1] == "to";
            let unit = if by {
                AmountUnit::Change
            } else {
                AmountUnit::Plain
            };
            (priced && (set || by) && !in_model[index] && value < 100.0).then_some(Amount {
                value,
                unit,
                currency: None,
            })
        };
        if let Some(mut amount) = amount(word, next)
            .filter(|_| !in_model[index])
            .or_else(small_price)
            .or_else(|| attempt_at(&words, index))
            .or_else(|| {
                // A price stays out, as prices that look like years always have.
                let price = money.iter().any(|money| money.digits == *word);
                grouped_count(word, &grouped).filter(|_| !price)
            })
        {
            if amount.unit == AmountUnit::Plain {
                amount.currency = money
                    .iter()
                    .find(|money| money.digits == *word)
                    .map(|money| money.currency)
                    .or_else(|| currency_after(&words, index));
                // Rupees count as other small currencies do: "Rs 54,999"
                // is no dollar price.
                if matches!(amount.currency, Some(Currency::Rupee | Currency::Yen)) {
                    amount.unit = AmountUnit::Local;
                    amount.currency = None;
                } else if amount.currency.is_none() && counts_things(&words, index) {
                    // "2.77 billion trips" counts things, which no sum of
                    // money is ("a $1B profit").
                    amount.unit = AmountUnit::Count;
                }
                // "Meta is raising the price of the Quest 2 by $100": how
                // much a price moves, as for the small sums above.
                if amount.currency.is_some()
                    && previous == Some("by")
                    && words[..index].iter().any(|before| {
                        RISE_WORDS.contains(&before.as_str())
                            || FALL_WORDS.contains(&before.as_str())
                            // "raising", "hikes", "slashes", "lowers".
                            || matches!(concept(before).as_deref(), Some("rise" | "cut"))
                    })
                {
                    amount.unit = AmountUnit::Change;
                }
                // "Telegram hits 950 million users" is not "reaches 1
                // billion": a mark reached is told as it is.
                if previous.is_some_and(|verb| MILESTONES.contains(&verb)) {
                    amount.unit = AmountUnit::Reached;
                }
                // "peaks at over 1.3 million players": a count reached,
                // though not told as a mark.
                counts_reached |= amount.currency.is_none() && is_reached(&words, index);
                // "Skild AI raises $300M", "closes $40 billion funding
                // round": the sum raised, which is not what the company is
                // worth ("valued at $1.5 billion").
                let round = || {
                    words[index + 1..].iter().take(2).any(|after| {
                        matches!(after.as_str(), "funding" | "round" | "raise" | "fundraise")
                    })
                };
                let raised = previous.is_some_and(|verb| {
                    RAISES.contains(&verb) || matches!(verb, "lands" | "secures")
                });
                if amount.currency.is_some() && (raised || round()) {
                    amount.unit = AmountUnit::Raised;
                }
            }
            // "a $26.6 billion deal including debt" is the "$16.4 billion"
            // others tell without it: a deal's value with its debt is
            // another measure, which no sum compares with.
            let with_debt = amount.currency.is_some()
                && words[index + 1..].windows(2).take(5).any(|pair| {
                    matches!(pair[0].as_str(), "including" | "includes" | "with" | "plus")
                        && pair[1] == "debt"
                        || pair[0] == "enterprise" && pair[1] == "value"
                })
                // "will pay $1 billion breakup fee": what a deal called off
                // costs, not what it was worth.
                || words[index + 1..].windows(2).take(3).any(|pair| {
                    matches!(pair[0].as_str(), "breakup" | "termination" | "break")
                        && matches!(pair[1].as_str(), "fee" | "fees")
                });
            // "a rare $100 discount", "$100 off", "$100 cheaper": how much a
            // price moves, as "cut by $100" is.
            if amount.currency.is_some()
                && amount.unit == AmountUnit::Plain
                && matches!(
                    next,
                    Some("discount" | "off" | "cheaper" | "less" | "more" | "savings")
                )
            {
                amount.unit = AmountUnit::Change;
            }
            if !with_debt && !features.amounts.contains(&amount) {
                features.amounts.push(amount);
            }
        }
        if in_model[index] && line_of(word).is_none() {
            continue;
        }
        let month_may = word == "may" && may_is_month(previous, next);
        // "WhatsApp is down", "Gmail down for thousands": an outage; but not
        // "prices go down", "down 5%", "steps down" or "shuts down".
        // "Facebook not working", "TikTok has stopped working", "Gmail
        // isn't working" ("isn't" is "isn": the apostrophe ends the word).
        let stopped_working = word == "working"
            && matches!(previous, Some("not" | "stopped" | "stops" | "isn" | "aren"));
        let service_down = word == "down"
            && !previous.is_some_and(|previous| {
                MOVES.contains(&previous) || NOT_OUTAGE_BEFORE_DOWN.contains(&previous)
            })
            && !next.is_some_and(is_number)
            || stopped_working;
        if service_down && index < clause {
            features.events |= event::COMPLAINT;
        }
        let arrived = word == "here" && kind != 0;
        // "steps down" is one word, "depart", as "resigns" is.
        let stepping_down =
            word == "down" && matches!(previous, Some("step" | "steps" | "stepping" | "stepped"));
        // "pushed back to October 7" is "delayed to October 7": one word.
        let pushed_back = previous.is_some_and(|push| pushes_back(push, Some(word)));
        if (is_stopword(word) || stepping_down || pushed_back)
            && !month_may
            && !service_down
            && !arrived
        {
            continue;
        }
        // "Apollo and other Reddit apps go dark"; not "Doom: The Dark Ages".
        let gone_dark =
            word == "dark" && matches!(previous, Some("go" | "goes" | "went" | "going" | "gone"));
        let token = if service_down || gone_dark {
            "outage".to_owned()
        } else if arrived {
            "launch".to_owned()
        } else if kind == event::DEPARTURE {
            // "quits", "resigns", "steps down", "is leaving": one word.
            "depart".to_owned()
        } else if not_until {
            // "won't arrive until next year" is "delayed to 2026".
            "delay".to_owned()
        } else if opposes {
            "backlash".to_owned()
        } else if pushes_back(word, next) {
            "delay".to_owned()
        } else if cuts {
            // "Intel to cut more than 15% of its workforce" is "Intel is
            // laying off over 15,000 employees".
            "layoff".to_owned()
        } else if breaks_rules(&words, index) {
            // "X breached tech rules" is "X broke the Digital Services Act",
            // not a data breach.
            "violate".to_owned()
        } else if ends_offer {
            // "Netflix is ending its Basic plan" is "phasing out its
            // cheapest plan".
            "shutdown".to_owned()
        } else if closes {
            // "X closes its office in Brazil" is "X is shutting down its
            // operations in Brazil", not a deal closed.
            "shutdown".to_owned()
        } else if kind == event::REVERSAL {
            // "backtracks", "reverses course", "U-turn": one word.
            "reversal".to_owned()
        } else if kind == event::STOCK {
            // "Reddit shares pop" is "Reddit stock soars".
            "stock".to_owned()
        } else if MILESTONES.contains(&word.as_str()) && next.is_some_and(is_number) {
            // "Bitcoin tops $100,000", "breaks $100,000", "hits $100K": one milestone.
            "milestone".to_owned()
        } else if word == "listing"
            && matches!(
                previous,
                Some(
                    "tokyo"
                        | "nasdaq"
                        | "nyse"
                        | "london"
                        | "kong"
                        | "us"
                        | "stock"
                        | "market"
                        | "public"
                        | "share"
                        | "exchange"
                        | "planned"
                        | "ipo"
                )
            )
        {
            // "Kioxia delays Tokyo listing" is "Kioxia postpones IPO"; a
            // Geekbench or FCC listing is no share sale.
            "ipo".to_owned()
        } else if RAISES.contains(&word.as_str())
            && money
                .iter()
                .any(|money| next == Some(money.digits.as_str()))
        {
            // "Skild AI raises $300M" is its "new funding round", not a rise.
            "funding".to_owned()
        } else if gains_a_thing(word, next) {
            stem(word)
        } else if let Some(whole) = money
            .iter()
            .any(|money| money.digits == *word && !money.sum)
            .then(|| whole_price(word))
            .flatten()
        {
            whole
        } else {
            word_token(word)
        };
        if (company.is_some() || inner_capitals.contains(word))
            && !features.known_names.contains(&token)
        {
            features.known_names.push(token.clone());
        }
        if tool_words[index] {
            continue;
        }
        if features.add_token(token, index >= clause) {
            let word = rewritten
                .iter()
                .find(|(at, _)| *at == index)
                .map_or(word, |(_, written)| written);
            let evidence = if capitals.contains(word) {
                Some(true)
            } else if sentence_starts.contains(word) {
                None
            } else {
                Some(false)
            };
            features.capitalized.push(evidence);
        }
    }
    // The maker of the model a headline is about is named with it: "macOS
    // 26 Tahoe drops Intel support next year" is Apple's news, not Intel's
    // alone.
    // A line of no one maker takes its maker from the line written before
    // it: "Galaxy Z Fold 4" is Samsung's, "Xiaomi Mix Fold 4" Xiaomi's.
    let maker = features
        .subject()
        .zip(subject_start)
        .and_then(|(model, start)| {
            model.line.and_then(maker_of).or_else(|| {
                (start.saturating_sub(3)..start)
                    .rev()
                    .find_map(|before| line_of(&words[before]).and_then(|(line, _)| maker_of(line)))
            })
        });
    if let Some(maker) = maker
        && !features.companies.contains(&maker)
    {
        features.companies.push(maker);
    }
    // "The best Galaxy S24 Ultra cases", "iPhone 17 accessories": things
    // sold for a device; not "court cases" or "use cases".
    let accessory = (0..clause).any(|index| {
        matches!(
            words[index].as_str(),
            "case" | "cases" | "accessories" | "protector" | "protectors"
        ) && (index.saturating_sub(2)..(index + 4).min(words.len()))
            .any(|at| in_model[at] || device_of(&words[at]).is_some())
    });
    if accessory {
        features.events |= event::ACCESSORY;
    }
    features.events |= deal_phase(&words[..clause], features.events);
    features.events |= coverage_of(&words);
    if second_topic < words.len() {
        features.events |= event::DIGEST;
    }
    // Whether the headline's own news (not its trailing clause) uses one of
    // `kinds`. Asked often, so a word whose first letter and length no word
    // of the clause has is passed over without reading the clause.
    let shapes = Shapes::of(&words[..clause]);
    let told = |kinds: &[&str]| {
        kinds
            .iter()
            .any(|kind| shapes.may_hold(kind) && words[..clause].iter().any(|word| word == kind))
    };
    // A market report counts one kind of device: "Global smartphone
    // shipments rose 6.4% in 2024, IDC says" is not "PC shipments grew
    // slightly in the last quarter of 2024, IDC says", out the same hour.
    // Not "US sues Apple, accusing it of monopolizing smartphone market".
    let market_report = words.iter().enumerate().any(|(at, word)| {
        matches!(word.as_str(), "shipments" | "shipment")
            || word == "market" && words.get(at + 1).is_some_and(|next| next == "share")
    });
    if market_report {
        for word in &words {
            let kind = match word.as_str() {
                "smartphone" | "smartphones" => "smartphones",
                "pc" | "pcs" => "pc",
                "tablet" | "tablets" => "tablets",
                _ => continue,
            };
            if !features.devices.contains(&kind) {
                features.devices.push(kind);
            }
        }
    }
    // "Alan Dye is leaving Apple for Meta", "departs for Meta": a move to
    // another company is that company's hire too ("Meta hires Alan Dye").
    let moves_to_a_company = departures.iter().any(|&at| {
        (at + 1..(at + 4).min(clause.saturating_sub(1)))
            .any(|before| words[before] == "for" && company_of(&words[before + 1]).is_some())
    });
    if moves_to_a_company {
        features.events |= event::APPOINTMENT;
    }
    // "Oppo's Find X9 Pro brings its 200MP camera to Europe": a product
    // brought to a market is launched there; so is one that arrives there
    // ("iQOO 12 arrives in India with 50MP periscope camera").
    let brought_to_a_market = (0..clause).any(|at| {
        let to = match words[at].as_str() {
            "brings" | "bring" | "bringing" | "brought" => "to",
            "arrives" | "arrived" => "in",
            _ => return false,
        };
        (at + 1..clause.saturating_sub(1))
            .any(|after| words[after] == to && region_of(&words[after + 1]) != 0)
    });
    if brought_to_a_market {
        features.events |= event::OFFICIAL;
    }
    // "Musk names Linda Yaccarino as Twitter CEO", "taps her to lead X".
    if told(&["names", "named", "taps", "tapped", "picks"])
        && told(&["ceo", "lead", "head", "president"])
    {
        features.events |= event::APPOINTMENT;
    }
    // A date is news of its own ("Galaxy S25 launches January 22"), unless
    // the headline announces the product and the date is only when buyers
    // get it ("Google announces Pixel 7, available October 13"): that is the
    // launch, as others report it without the date.
    // So is a dated headline with the price buyers pay: "RTX 4070 Ti arrives
    // January 5th for $799" is the launch, as a date announcement cannot know
    // the price.
    // A month and year alone ("May 2026") is no date announced.
    features
        .setting_companies
        .retain(|company| !main_companies.contains(company));
    let dated = own_dated;
    let priced_launch =
        dated && names_a_price(&money) && features.events & (event::RUMOR | event::LEAK) == 0;
    if priced_launch {
        features.events = (features.events | event::OFFICIAL) & !event::DATE;
    }
    let launch_with_availability =
        dated_availability_only && features.events & event::OFFICIAL != 0;
    // A price change with the day it takes effect is the change, not a day
    // announced.
    let effective_price = dated_effective_only && features.events & event::PRICE != 0;
    if dated && !launch_with_availability && !priced_launch && !effective_price {
        features.events |= event::DATE;
    }
    // "Oura Ring 4 launched: price, release date and new features": a
    // launch that has happened lists its date among what it tells, and
    // names none.
    if !dated
        && told(&["launched", "released", "unveiled"])
        && features.events & (event::RUMOR | event::LEAK) == 0
    {
        features.events &= !event::DATE;
    }
    // A maker that confirms a problem or promises a fix speaks of it; the
    // fix is not out: "Asus confirms ROG Ally microSD reader problem, promises
    // a fix" is "Asus acknowledges the issue, says an update is coming".
    let confirmed_problem =
        told(&["confirms", "confirmed", "confirm"]) && features.events & event::COMPLAINT != 0;
    if confirmed_problem {
        features.events = (features.events & !event::OFFICIAL) | event::STATEMENT;
    }
    // Whether only "confirms" makes the headline official news.
    let official_by_confirming = told(&["confirms", "confirmed"]) && !official_besides_confirming;
    let of_a_deal =
        features.events & (event::OFFER | event::TALKS | event::AGREEMENT | event::CLOSING) != 0
            || told(&["deal", "merger", "acquisition", "takeover", "bid", "buyout"]);
    if official_by_confirming && features.models.is_empty() && !has_setting && !of_a_deal {
        // A company that confirms what happened, and no product, the
        // console a game comes to or a deal, tells no launch: "Twitter confirms
        // zero-day used to expose data of 5.4 million accounts" is "Twitter
        // says a bug exposed the data".
        features.events &= !event::OFFICIAL;
    } else if official_by_confirming && features.events & event::BENCHMARK != 0 {
        // A listing that confirms a spec is the listing's news, not the
        // maker's: "Galaxy S26 Ultra 60W charging confirmed by 3C listing".
        features.events &= !event::OFFICIAL;
    } else if official_by_confirming
        && (told(&["will"]) || tells_what_it_will_have(&words[..clause]))
    {
        // A maker that confirms what a device will be tells of its launch
        // to come: "Oppo confirms Find N5 will be the world's thinnest
        // foldable" is not "Oppo Find N5 is official". With a day, that is
        // the day ("Asus confirms the ROG Phone 9 will launch on November 19").
        if dated || features.models.is_empty() {
            features.events |= event::DATE;
        } else {
            features.events = (features.events & !event::OFFICIAL) | event::TEASER;
        }
    }
    // The part of a device a maker reveals before the launch, and no launch
    // told: "Xiaomi 15 Ultra's camera system detailed by Lei Jun", "Oppo
    // details the Find X8 Ultra's quad camera ahead of launch"; not "OnePlus
    // 13 launched with a 6,000 mAh battery", nor a leak of the camera.
    let launch_told = words[..clause].iter().enumerate().any(|(index, word)| {
        LAUNCH_VERBS.contains(&word.as_str())
            || matches!(word.as_str(), "debuted" | "arrives" | "arrive" | "arrived")
            || matches!(word.as_str(), "goes" | "is")
                && words.get(index + 1).is_some_and(|next| next == "official")
    });
    let revealed = features.events & (event::OFFICIAL | event::DATE) != 0
        || told(&[
            "details",
            "detailed",
            "shows",
            "show",
            "showcases",
            "reveal",
            "reveals",
            // "OnePlus 13 official images reveal new design": the maker's
            // pictures (`event_of` makes them no launch).
            "official",
        ]);
    let other_news = event::LEAK
        | event::RUMOR
        | event::BENCHMARK
        | event::REVIEW
        | event::HANDS_ON
        | event::ON_SALE
        | event::COMPARISON;
    if features.aspects != 0 && revealed && !launch_told && features.events & other_news == 0 {
        features.events = (features.events & !event::OFFICIAL) | event::TEASER;
    }
    if features.events & event::TEASER != 0 && !dated {
        features.events &= !event::DATE;
    }
    // "working on a fix" too, but not "fixes AirDrop not working".
    let working_on = words[..clause]
        .windows(2)
        .any(|pair| pair[0] == "working" && pair[1] == "on");
    if (told(&["promises", "promise", "promised", "pledges", "vows"]) || working_on)
        && features.events & event::FIX != 0
    {
        features.events = (features.events & !event::FIX) | event::STATEMENT;
    }
    // Tests passed or failed are a verdict either way: "Samsung's HBM3E
    // chips clear Nvidia tests" months after "fail Nvidia tests".
    if told(&["test", "tests", "qualification"]) {
        if told(&["fails", "failed", "fail", "flunks", "flunked"]) {
            features.events |= event::BLOCK;
        } else if told(&["passes", "passed", "clear", "clears", "cleared"]) {
            features.events |= event::APPROVAL;
        }
    }
    // A fix or a statement about a problem is news of its own, not one more
    // report of the problem it names ("Intel has a fix for its crashing CPUs").
    if features.events & (event::FIX | event::STATEMENT) != 0 {
        features.events &= !event::COMPLAINT;
    }
    // "Apple is killing Apple Pay Later", "Microsoft is shutting down Skype",
    // "Helldivers 2 delisted on Steam"; not "retires" or "killed", which also
    // tell of people.
    if told(&[
        "shut",
        "shuts",
        "shutting",
        "shutdown",
        "discontinue",
        "discontinues",
        "discontinued",
        "discontinuing",
        "kills",
        "killing",
        "sunset",
        "sunsets",
        "sunsetting",
        "delisted",
        "delists",
        "delisting",
    ]) {
        features.events |= event::SHUTDOWN;
    }
    // A lawsuit dropped or dismissed ends it, as a settlement does: "SEC
    // agrees to drop lawsuit against Coinbase", "The SEC is dropping its
    // case against Coinbase" is not "SEC sues Coinbase", nor a fall; nor
    // is a deal "ending streaming lawsuits".
    const DROPS: &[&str] = &[
        "end",
        "ends",
        "ended",
        "ending",
        "drop",
        "drops",
        "dropped",
        "dropping",
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        "toss",
        "tosses",
        "tossed",
        "tossing",
        "withdraws",
        "withdrew",
        "withdraw",
    ];
    let dropped: Vec<usize> = (0..clause)
        .filter(|&index| verb_with_object(&words[..clause], index, DROPS, 3, CASES))
        .collect();
    if !dropped.is_empty() {
        features.events |= event::LEGAL | event::SUIT | event::SETTLEMENT;
        let other_fall = (0..words.len())
            .any(|index| !dropped.contains(&index) && FALL_WORDS.contains(&words[index].as_str()));
        if !other_fall {
            features.events &= !event::FALL;
        }
    }
    // A listing filed for, and a listing plan pulled: "Cerebras files for US
    // IPO", "files to go public"; "Cerebras withdraws IPO filing", "pulls
    // its IPO plans", "shelves listing".
    const LISTINGS: &[&str] = &["ipo", "listing"];
    let filed = (0..clause).any(|index| {
        verb_with_object(
            &words[..clause],
            index,
            &["files", "filed", "file", "filing"],
            4,
            LISTINGS,
        ) || matches!(
            words[index].as_str(),
            "files" | "filed" | "file" | "applies" | "applied"
        ) && words[index + 1..clause]
            .windows(2)
            .take(3)
            .any(|pair| pair == ["go", "public"] || pair == ["to", "list"])
    });
    const PULLS: &[&str] = &[
        "withdraws",
        "withdrew",
        "withdraw",
        "withdrawn",
        "pulls",
        "pulled",
        "shelves",
        "shelved",
        "scraps",
        "scrapped",
        "abandons",
        "abandoned",
        "cancels",
        "cancelled",
    ];
    let pulled =
        (0..clause).any(|index| verb_with_object(&words[..clause], index, PULLS, 3, LISTINGS));
    if pulled {
        features.events |= event::SHUTDOWN;
    } else if filed {
        features.events |= event::IPO_FILING;
    }
    // Production ended is the product's end; production cut, less of it.
    const MADE: &[&str] = &["production", "output", "manufacturing"];
    let made = |index: usize, verbs: &[&str]| {
        verb_with_object(&words[..clause], index, verbs, 4, MADE)
            && !words[index + 1..clause]
                .iter()
                .take(5)
                .any(|word| matches!(word.as_str(), "costs" | "cost" | "budget" | "budgets"))
    };
    if (0..clause).any(|index| {
        made(
            index,
            &["end", "ends", "ending", "cease", "ceases", "stop", "stops"],
        )
    }) {
        features.events |= event::SHUTDOWN;
    }
    if (0..clause).any(|index| {
        made(
            index,
            &[
                "cut", "cuts", "cutting", "halves", "halving", "reduces", "reduce", "slashes",
                "lowers",
            ],
        )
    }) {
        features.events |= event::OUTPUT;
    }
    // "Brazil suspends X": a ban; "Samsung suspends One UI 7 rollout",
    // "California suspends Waymo's application" are a pause (not "Intel
    // suspends its dividend", which is neither).
    const SUSPENDS: &[&str] = &["suspends", "suspended"];
    for index in (0..clause).filter(|&index| SUSPENDS.contains(&words[index].as_str())) {
        let paused = |objects: &[&str]| verb_with_object(&words, index, SUSPENDS, 4, objects);
        if paused(&[
            "rollout",
            "update",
            "updates",
            "sales",
            "shipments",
            "production",
            "orders",
            "trading",
            "operations",
            "plans",
            "application",
            "applications",
        ]) {
            features.events |= event::DELAY;
        } else if !paused(&["dividend"]) {
            features.events |= event::BAN;
        }
    }
    // A ban paused or lifted is its end, as "lifts ban" is: "Mullenweg
    // pauses WP Engine ban until October 1st" is no ban, nor a delay.
    const EASES: &[&str] = &[
        "pauses",
        "paused",
        "suspends",
        "suspended",
        "lifts",
        "lifted",
        "halts",
        "halted",
    ];
    // Nor is a ban avoided: "RingConn strikes licensing deal with Oura,
    // avoiding US ban".
    const AVOIDS: &[&str] = &[
        "avoid", "avoids", "avoiding", "avoided", "averts", "averting", "averted", "escapes",
        "dodges",
    ];
    if features.events & event::BAN != 0
        && (0..words.len()).any(|index| verb_with_object(&words, index, AVOIDS, 2, &["ban"]))
    {
        features.events &= !event::BAN;
    }
    if (0..clause).any(|index| verb_with_object(&words[..clause], index, EASES, 3, &["ban"])) {
        features.events = (features.events & !(event::BAN | event::DELAY)) | event::FIX;
    }
    // A bill passed by one chamber: "House passes GENIUS Act 308-122",
    // "GENIUS Act clears Senate 68-30" (not the "White House"), unless the
    // headline tells it signed too. A chamber that "clears" or "approves" a
    // bill passes it; no regulator's approval.
    let chamber = |index: usize| {
        matches!(words[index].as_str(), "house" | "senate")
            && (index == 0 || words[index - 1] != "white")
            && words[index.saturating_sub(3)..(index + 3).min(clause)]
                .iter()
                .any(|near| {
                    matches!(
                        near.as_str(),
                        "passes" | "passed" | "clears" | "cleared" | "approves" | "approved"
                    )
                })
    };
    let signed = || {
        words.iter().any(|word| {
            matches!(
                word.as_str(),
                "signs" | "signed" | "signing" | "enacts" | "enacted"
            )
        })
    };
    if (0..clause).any(chamber) && !signed() {
        features.events = (features.events & !event::APPROVAL) | event::CHAMBER;
    }
    if rules_out(&words[..clause]) {
        features.events |= event::RULED_OUT;
    }
    if speaker_denies(title, &words) {
        features.events |= event::STATEMENT | event::RULED_OUT;
    }
    // Flights held on the ground are an outage's, not a product's delay:
    // "FAA orders all US flights to delay departures after system outage",
    // "An FAA computer failure has halted flight departures" is "FAA system
    // outage grounds flights".
    const HOLDS: &[&str] = &[
        "delay", "delays", "delayed", "delaying", "halts", "halted", "halt", "pauses", "paused",
    ];
    const TRAFFIC: &[&str] = &["flight", "flights", "departures", "trains", "planes"];
    if (0..clause).any(|index| verb_with_object(&words[..clause], index, HOLDS, 3, TRAFFIC)) {
        features.events = (features.events & !event::DELAY) | event::COMPLAINT;
    }
    // A rule or a plan undone is ended too: "Trump rescinds Biden's AI chip
    // rule", "Disney, Fox and WBD scrap Venu Sports"; a deal scrapped is
    // already a deal called off (`deal_phase`).
    // So is a rule dropped: "FCC drops rule that made carriers secure their
    // networks"; not "shares drop".
    let dropped_rule = (0..clause).any(|index| {
        verb_with_object(
            &words[..clause],
            index,
            &["drops", "dropped", "ditches", "ditched", "axes", "axed"],
            3,
            &[
                "rule",
                "rules",
                "ruling",
                "regulation",
                "regulations",
                "requirement",
            ],
        )
    });
    if dropped_rule {
        features.events &= !event::FALL;
    }
    if features.events & event::BLOCK == 0 && (told(UNDO) || dropped_rule) {
        features.events |= event::SHUTDOWN;
    }
    // Who says it, at the end: ", report says" hedges; ", Samsung says" of a
    // date is the maker's word ("Galaxy Z Fold 7 will launch July 9,
    // Samsung says" is not "... to launch July 9, report says").
    if let [.., who, says] = &words[..]
        && matches!(says.as_str(), "says" | "say" | "said")
    {
        if matches!(
            who.as_str(),
            "report"
                | "reports"
                | "sources"
                | "source"
                | "insider"
                | "insiders"
                | "leaker"
                | "tipster"
                | "analyst"
                | "analysts"
        ) {
            features.events |= event::RUMOR;
        } else if company_of(who).is_some() && features.events & event::DATE != 0 {
            features.events |= event::OFFICIAL;
        }
    }
    // A case won or lost, or a law upheld, is the court's verdict, not a
    // suit filed: "Qualcomm wins Arm lawsuit over Nuvia licenses" is not
    // "Arm sues Qualcomm over Nuvia licenses"; "Supreme Court upholds
    // TikTok ban law" is not the law signed.
    let decided = words[..clause].iter().enumerate().any(|(index, word)| {
        matches!(word.as_str(), "wins" | "won" | "loses" | "lost")
            && words[index + 1..clause].iter().take(4).any(|after| {
                matches!(
                    after.as_str(),
                    "lawsuit" | "suit" | "case" | "trial" | "appeal" | "lawsuits"
                )
            })
            || matches!(
                word.as_str(),
                "upholds" | "upheld" | "overturns" | "overturned"
            )
    });
    if decided {
        features.events = (features.events & !event::SUIT) | event::LEGAL | event::VERDICT;
    }
    // "Google to appeal Epic antitrust verdict": the verdict is what is
    // appealed, days after it; not "wins appeal", which is one.
    let appeals = words[..clause].iter().enumerate().any(|(index, word)| {
        matches!(word.as_str(), "appeal" | "appeals" | "appealing" | "appealed")
            && !(index > 0
                && matches!(
                    words[index - 1].as_str(),
                    "wins" | "won" | "loses" | "lost" | "on" | "its" | "an"
                ))
            // "Appeals court rejects FTC bid" is a court.
            && !words
                .get(index + 1)
                .is_some_and(|next| matches!(next.as_str(), "court" | "courts" | "judge" | "panel"))
    });
    if appeals && !decided {
        features.events = (features.events & !event::VERDICT) | event::LEGAL | event::APPEAL;
    }
    // "SpaceX targets Sunday for Starship's fifth flight": a day set ahead
    // (not "on Tuesday", how wires date what happened, nor "out next
    // month", when a launch reaches buyers).
    let day_ahead = words[..clause].iter().enumerate().any(|(index, word)| {
        let before = index.checked_sub(1).map(|before| words[before].as_str());
        WEEKDAYS.contains(&word.as_str())
            && matches!(
                before,
                Some("targets" | "for" | "until" | "by" | "this" | "next")
            )
    });
    if day_ahead {
        features.events |= event::DATE;
    }
    // "Tariffs push the price of the Core 2 Duo up to $225", "drive up
    // prices": a price raised, as "gets more expensive" is.
    let pushes_price_up = words[..clause].iter().enumerate().any(|(index, word)| {
        let pushes = matches!(
            word.as_str(),
            "push" | "pushes" | "pushed" | "pushing" | "drive" | "drives" | "drove" | "driving"
        );
        pushes && {
            let ahead = &words[index + 1..clause.min(index + 9)];
            let priced = |word: &String| matches!(word.as_str(), "price" | "prices");
            ahead
                .iter()
                .position(|word| word == "up")
                .is_some_and(|up| {
                    ahead[..up].iter().any(priced) || ahead.get(up + 1).is_some_and(priced)
                })
        }
    });
    if pushes_price_up {
        features.events |= event::PRICE | event::RISE;
    }
    // A company's standing won or lost: "Nvidia becomes the world's most
    // valuable company", then "Nvidia loses its title".
    let standing = |kind: &[&str]| {
        words[..clause].iter().enumerate().any(|(index, word)| {
            kind.contains(&word.as_str())
                && words[index + 1..clause].iter().take(5).any(|after| {
                    matches!(
                        after.as_str(),
                        "title" | "crown" | "valuable" | "spot" | "throne"
                    )
                })
        })
    };
    if standing(&[
        "becomes",
        "became",
        "overtakes",
        "overtook",
        "regains",
        "reclaims",
    ]) {
        features.events |= event::RISE;
    }
    if standing(&["loses", "lost", "cedes", "ceded"]) {
        features.events |= event::FALL;
    }
    // A practice ended: "Netflix will stop reporting subscriber numbers",
    // "will no longer report its subscriber count".
    let stops_reporting = words[..clause].windows(2).any(|pair| {
        matches!(
            pair[0].as_str(),
            "stop" | "stops" | "stopping" | "halt" | "halts"
        ) && matches!(
            pair[1].as_str(),
            "report" | "reporting" | "disclose" | "disclosing" | "publish" | "publishing"
        )
    });
    if stops_reporting {
        features.events |= event::SHUTDOWN;
    }
    // A rocket carrying satellites up ("SpaceX launches first
    // Starlink satellites that can beam service to phones") is a
    // spaceflight, not the service those satellites bring ("T-Mobile
    // launches Starlink satellite service for phones").
    let spaceflight = words[..clause].iter().enumerate().any(|(index, word)| {
        matches!(
            word.as_str(),
            "launches" | "launched" | "launch" | "launching"
        ) && words[index + 1..clause]
            .iter()
            .take(8)
            .take_while(|after| !matches!(after.as_str(), "for" | "that" | "as" | "with"))
            .any(|after| after == "satellites")
    });
    if spaceflight {
        features.events |= event::SPACEFLIGHT;
    }
    // Which devices get it: "will only work on the iPhone 15 Pro", "won't
    // be coming to older iPhones", "requires iPhone 15 Pro or later",
    // "compatible devices", "which iPhones will get iOS 18".
    let own = &words[..clause];
    let compatibility = own.iter().enumerate().any(|(index, word)| {
        let after = |within: usize, kinds: &[&str]| {
            own[index + 1..]
                .iter()
                .take(within)
                .any(|next| kinds.contains(&next.as_str()))
        };
        match word.as_str() {
            // "won't" is "won": the apostrophe ends the word.
            "won" | "wont" => after(3, &["come", "coming", "work", "run"]),
            "only" => {
                after(1, &["work", "works", "run", "runs", "available"])
                    && after(3, &["on", "with"])
            }
            "requires" | "require" | "required" => own[index + 1..].iter().take(3).any(|next| {
                next.starts_with("iphone") || next.starts_with("pixel") || next == "galaxy"
            }),
            "compatible" | "compatibility" | "eligible" | "supported" => after(
                1,
                &[
                    "devices",
                    "phones",
                    "iphones",
                    "models",
                    "list",
                    "smartphones",
                ],
            ),
            "which" => {
                after(
                    1,
                    &[
                        "iphones", "phones", "devices", "pixels", "macs", "ipads", "galaxy",
                    ],
                ) && after(4, &["get", "support", "run", "getting", "eligible"])
            }
            _ => false,
        }
    });
    if compatibility {
        features.events |= event::COMPATIBILITY;
    }
    // "NASA scrubs Artemis I launch", "Boeing Starliner launch scrubbed
    // again": a launch put off; not "xAI scrubs Grok's posts".
    let scrubbed_launch = words[..clause].iter().enumerate().any(|(index, word)| {
        let launch = |word: &String| {
            matches!(
                word.as_str(),
                "launch" | "launches" | "flight" | "liftoff" | "attempt" | "mission"
            )
        };
        matches!(word.as_str(), "scrub" | "scrubs" | "scrubbed" | "scrubbing")
            && (words[index + 1..clause].iter().take(6).any(launch)
                || word == "scrubbed" && index > 0 && launch(&words[index - 1]))
    });
    if scrubbed_launch {
        features.events |= event::DELAY;
    }
    // A recall is the maker's act, and the fault it names and the fix it
    // brings are what it is: "Tesla recalls 362,758 vehicles, says FSD Beta
    // may cause crashes" and "Tesla recalls 363,000 cars to fix unsafe behavior".
    if told(&["recall", "recalls", "recalled", "recalling"]) {
        features.events &= !(event::COMPLAINT | event::FIX | event::UPDATE);
        // The verb, or the noun a maker issues; not Microsoft's "Recall",
        // a product ("Microsoft delays Recall").
        let recalled = words[..clause].iter().enumerate().any(|(at, word)| {
            matches!(word.as_str(), "recalls" | "recalled" | "recalling")
                || word == "recall"
                    && at > 0
                    && matches!(
                        words[at - 1].as_str(),
                        "issues"
                            | "issue"
                            | "issued"
                            | "expands"
                            | "expanded"
                            | "voluntary"
                            | "safety"
                            | "massive"
                            | "biggest"
                            | "largest"
                            | "another"
                            | "a"
                    )
        });
        if recalled {
            features.events |= event::RECALL;
        }
    }
    // How many were ordered or sold is news of its own: "Huawei's tri-fold
    // phone draws 3 million pre-orders" comes before its launch.
    let counted = features.amounts.iter().any(|amount| {
        matches!(
            amount.unit,
            AmountUnit::Plain | AmountUnit::Count | AmountUnit::Reached
        ) && amount.currency.is_none()
    });
    // So is a mark its users or players reach: "Monster Hunter Wilds hits
    // 1.38 million concurrent players on Steam" is not its launch-day
    // complaints, nor "Threads hits 100 million users" its launch.
    if counts_reached
        || counted
            && told(&[
                "preorders",
                "preorder",
                "orders",
                "reservations",
                "sold",
                "sells",
                "sales",
                "shipments",
                "shipped",
            ])
    {
        features.events |= event::DEMAND;
    }
    // Where a product launches, reaches buyers or changes price is its
    // market, and where a company files for bankruptcy its court ("files
    // for Chapter 11 in US" vs "declares bankruptcy in Sweden"); "DeepSeek
    // tops App Store downloads in the US" is no US news.
    if us_market
        && features.events
            & (event::PRICE
                | event::OFFICIAL
                | event::ON_SALE
                | event::DATE
                | event::DELAY
                | event::BANKRUPTCY)
            != 0
    {
        features.regions |= region::US;
    }
    if features.events & event::STOCK != 0 && listed_stocks(title) {
        features.events = (features.events & !event::STOCK) | event::SECTOR;
    }
    features.partners = partners(title, &features);
    let written = [&capitals[..], &sentence_starts[..]];
    features.deal_partners = deal_partners(&words[..clause], &written, &features);
    for pair in suit_parties(&words[..clause], &written, &features) {
        if !features.deal_partners.contains(&pair) {
            features.deal_partners.push(pair);
        }
    }
    if let Some((token, of_maker)) =
        launched_name(&words[..clause], &in_model).filter(|(token, _)| {
            features.tokens.contains(token) && !features.background.contains(token)
        })
    {
        features.launched = Some(token);
        features.launched_of_maker = of_maker;
    }
    for (start, _, model) in &found {
        let Some(before) = start.checked_sub(1).map(|at| words[at].as_str()) else {
            continue;
        };
        if model.line.is_none()
            && *start < clause
            && capitals.iter().any(|capital| capital == before)
            && !is_stopword(before)
            && company_of(before).is_none()
            && concept(before).is_none()
            && event_of(before, None, None) == 0
            && !before.bytes().any(|b| b.is_ascii_digit())
        {
            // "Garmin" in "Garmin Fenix 7 Pro" is its brand, as "Samsung" is.
            let brand = start
                .checked_sub(2)
                .map(|at| words[at].as_str())
                .filter(|brand| company_of(brand).is_some());
            for token in std::iter::once(before).chain(brand).map(stem) {
                if features.tokens.contains(&token) && !features.line_names.contains(&token) {
                    features.line_names.push(token);
                }
            }
        }
    }
    for (index, word) in words[..clause].iter().enumerate() {
        // "Amazon finally made a color Kindle" describes the Colorsoft.
        let described = || {
            words[index.saturating_sub(3)..index]
                .iter()
                .any(|before| matches!(before.as_str(), "a" | "an"))
        };
        if let Some(&line) = BASE_LINES.iter().find(|line| **line == word)
            && !described()
            && !found.iter().any(|(_, _, model)| model.line == Some(line))
            && !features.bare_lines.contains(&line)
            && !in_model[index]
        {
            features.bare_lines.push(line);
        }
    }
    features
}

/// Words that undo a rule, a plan or a service.
const UNDO: &[&str] = &[
    "scrap",
    "scraps",
    "scrapped",
    "scrapping",
    "rescind",
    "rescinds",
    "rescinded",
    "rescinding",
    "repeal",
    "repeals",
    "repealed",
    "repealing",
    "revoke",
    "revokes",
    "revoked",
    "revoking",
    // "Intel cancels its German and Polish chip plants" scraps them.
    "cancel",
    "cancels",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
];

/// Lines (each its own canonical name) whose name alone is the base model,
/// not the brand or a common word:
/// "Motorola's new Razr" is not the Razr Plus, "Apple's new iPad" not the
/// iPad Air.
const BASE_LINES: &[&str] = &[
    "iphone", "ipad", "ipod", "macbook", "imac", "mac", "pixel", "razr", "kindle", "airpods",
    "surface", "quest",
];

/// The pairs of `Features::partners`: two capitalised words with only a
/// space (or a possessive) between them, each one word, the first neither a
/// company (whose partner is anything it makes, or whoever leads it), a
/// product line (whose models `find_models` reads) nor a place, both tokens
/// of the headline's own news.
fn partners(title: &str, features: &Features) -> Vec<(String, String)> {
    let token_of = |chunk: &str| -> Option<(String, String)> {
        if !chunk.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let words = normalize::words(chunk);
        let [word] = words.as_slice() else {
            return None;
        };
        let token = word_token(word);
        (features.tokens.contains(&token) && !features.background.contains(&token))
            .then(|| (word.clone(), token))
    };
    let chunks: Vec<&str> = title.split_whitespace().collect();
    // Each chunk once: it is the second of one pair and the first of the next
    // (`normalize::words` drops a possessive as the pairs below do).
    let tokens: Vec<Option<(String, String)>> =
        chunks.iter().map(|chunk| token_of(chunk)).collect();
    let mut pairs = Vec::new();
    for (at, pair) in chunks.windows(2).enumerate() {
        let first = ["'s", "’s", "'", "’"]
            .iter()
            .find_map(|suffix| pair[0].strip_suffix(suffix))
            .unwrap_or(pair[0]);
        // "Apple, Google and Meta", "Steam Deck: a year on" are no names.
        if !first.ends_with(char::is_alphanumeric) {
            continue;
        }
        let (Some((word, first)), Some((partner, second))) = (&tokens[at], &tokens[at + 1]) else {
            continue;
        };
        // "EU Spotify case", "US FTC": a place before a name says where.
        if company_of(word).is_some()
            || line_of(word).is_some()
            || region_of(word) != 0
            || word == "us"
            || is_number(word)
            || is_number(partner)
            // "North America", "South Korea": a place of two words.
            || region_of(partner) != 0
        {
            continue;
        }
        let pair = (first.clone(), second.clone());
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs
}

/// The parties of a deal, each with the other, as tokens: "OpenAI signs a
/// chip deal with AMD" (openai, amd) and (amd, openai), "Microsoft and Sony
/// sign deal", "Condé Nast signs content deal with OpenAI". One company's
/// deals with two parties are two stories, hours or weeks apart in the same
/// words; the pairs make `Features::deal_partners`. One party at least must be
/// a company the tables know.
fn deal_partners(
    words: &[String],
    capitals: &[&[String]],
    features: &Features,
) -> Vec<(String, String)> {
    let is_deal = |word: &str| {
        matches!(
            word,
            "deal"
                | "deals"
                | "pact"
                | "partnership"
                | "partner"
                | "partners"
                | "partnered"
                | "teams"
                | "agreement"
                | "agreements"
                | "contract"
        )
    };
    let Some(deal) = words.iter().position(|word| is_deal(word)) else {
        return Vec::new();
    };
    let signs = |word: &str| {
        matches!(
            word,
            "signs" | "sign" | "strikes" | "strike" | "inks" | "ink" | "partners" | "teams"
        )
    };
    let mut parties: Vec<&String> = Vec::new();
    // "Microsoft and Sony sign deal": the two named before the deal.
    if let [first, and, second, ..] = words
        && and == "and"
        && deal > 2
    {
        parties.extend([first, second]);
    } else if words.len() > 2 && (signs(&words[1]) || signs(&words[2])) {
        // "Reddit signs deal with OpenAI", "Condé Nast signs a deal".
        parties.push(&words[0]);
    }
    // "... deal with AMD", "partners with Condé Nast".
    if let Some(with) = words[deal..].iter().position(|word| word == "with") {
        parties.extend(words.get(deal + with + 1));
    }
    pair_of_parties(parties, capitals, features)
}

/// The parties of a lawsuit, as `deal_partners` gives a deal's: "Warner
/// Bros. Discovery sues Midjourney" (warner, midjourney) is not "Warner Bros.
/// Discovery sues NBA", nor "Anthropic sued by Reddit" a suit of authors.
fn suit_parties(
    words: &[String],
    capitals: &[&[String]],
    features: &Features,
) -> Vec<(String, String)> {
    // The verb near the start, where its subject starts the headline.
    let Some(sues) = words
        .iter()
        .take(5)
        .position(|word| matches!(word.as_str(), "sues" | "sued" | "suing"))
        .filter(|&at| at > 0)
    else {
        return Vec::new();
    };
    let mut other = sues + 1;
    while words
        .get(other)
        .is_some_and(|word| matches!(word.as_str(), "by" | "the"))
    {
        other += 1;
    }
    let Some(other) = words.get(other) else {
        return Vec::new();
    };
    pair_of_parties(vec![&words[0], other], capitals, features)
}

/// Two parties, each with the other, as tokens the headline's own news
/// uses; one at least a company the tables know.
fn pair_of_parties(
    mut parties: Vec<&String>,
    capitals: &[&[String]],
    features: &Features,
) -> Vec<(String, String)> {
    let party = |word: &&String| {
        capitals.iter().any(|written| written.contains(word))
            && region_of(word) == 0
            && !matches!(word.as_str(), "us" | "the" | "a" | "an")
            && !is_number(word)
            && line_of(word).is_none_or(|(_, brand)| brand)
    };
    parties.retain(party);
    let [one, other] = parties[..] else {
        return Vec::new();
    };
    if one == other || company_of(one).is_none() && company_of(other).is_none() {
        return Vec::new();
    }
    let (one, other) = (word_token(one), word_token(other));
    let own =
        |token: &String| features.tokens.contains(token) && !features.background.contains(token);
    if !own(&one) || !own(&other) {
        return Vec::new();
    }
    vec![(one.clone(), other.clone()), (other, one)]
}

/// A price without its cents, as outlets also write it: "$899.99" is
/// "$900", "$899.50" "$899" (the amount keeps its cents). Only prices of
/// 100 or more: "$15.49 a month" is not "$15".
fn whole_price(number: &str) -> Option<String> {
    let (whole, cents) = number.split_once('.')?;
    let value: u64 = whole.parse().ok()?;
    if value < 100 || cents.len() != 2 {
        return None;
    }
    // "$249.99" is the "$250" outlets round it to more often than the
    // "$249" others cut it to.
    let cents: u64 = cents.parse().ok()?;
    Some(if cents >= 95 { value + 1 } else { value }.to_string())
}

/// Whether a headline's numbers after a currency sign (`money_in`) include a
/// price buyers pay, not a sum in millions or billions ("$799", "£395.99";
/// not "$1.7 billion" or "$14B").
fn names_a_price(money: &[Money]) -> bool {
    money.iter().any(|money| !money.sum)
}

/// A number written after a currency sign.
#[derive(Debug, PartialEq)]
struct Money {
    /// The number as `normalize::words` writes it: "2800" for "$2,800".
    digits: String,
    currency: Currency,
    /// Whether it counts millions or more ("$1.7 billion", "€2.4B").
    sum: bool,
}

/// The numbers a headline writes after a currency sign, in order; rupees
/// too, whose sign or "Rs" comes before the sum ("Rs. 54,999").
fn money_in(title: &str) -> Vec<Money> {
    let mut found = Vec::new();
    let mut at = 0;
    // Only the signs and the first letters of "Rs" and "INR" can start a sum.
    while let Some(offset) = title[at..].find(['$', '€', '£', '₹', '¥', 'R', 'I']) {
        at += offset;
        let here = &title[at..];
        let c = here.chars().next().expect("find stops at a char");
        let (currency, skip) = match c {
            '$' => (Currency::Dollar, 1),
            '€' => (Currency::Euro, c.len_utf8()),
            '£' => (Currency::Pound, c.len_utf8()),
            '₹' => (Currency::Rupee, c.len_utf8()),
            '¥' => (Currency::Yen, c.len_utf8()),
            _ => {
                // "Rs 29,999", "Rs. 29,999", "INR 29,999"; not the "RS" of
                // "Mate 70 RS", nor a word that holds them.
                let word_start = !title[..at].ends_with(char::is_alphanumeric);
                match [("Rs.", 3), ("Rs", 2), ("INR", 3)]
                    .into_iter()
                    .find(|(prefix, _)| word_start && here.starts_with(prefix))
                {
                    Some((_, len)) => (Currency::Rupee, len),
                    None => {
                        at += 1;
                        continue;
                    }
                }
            }
        };
        at += skip;
        let rest = if currency == Currency::Rupee {
            title[at..].trim_start()
        } else {
            &title[at..]
        };
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        if digits == 0 || !rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let number = rest[..digits].trim_end_matches(['.', ',']).replace(',', "");
        let unit = rest[digits..]
            .trim_start()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let sum = matches!(
            unit.as_str(),
            "k" | "m"
                | "b"
                | "bn"
                | "bln"
                | "t"
                | "tn"
                | "thousand"
                | "million"
                | "billion"
                | "trillion"
        );
        found.push(Money {
            digits: number,
            currency,
            sum,
        });
    }
    found
}

/// The currency a number's own words name after it: "13 billion euros".
fn currency_after(words: &[String], index: usize) -> Option<Currency> {
    let mut at = index + 1;
    if words.get(at).is_some_and(|word| {
        matches!(
            word.as_str(),
            "thousand" | "million" | "billion" | "trillion"
        )
    }) {
        at += 1;
    }
    match words.get(at)?.as_str() {
        "dollars" | "dollar" | "usd" => Some(Currency::Dollar),
        "euros" | "euro" | "eur" => Some(Currency::Euro),
        "pounds" | "pound" | "gbp" | "sterling" => Some(Currency::Pound),
        "yen" => Some(Currency::Yen),
        _ => None,
    }
}

const MONTHS: &[(&str, &str)] = &[
    ("january", "january"),
    ("jan", "january"),
    ("february", "february"),
    ("feb", "february"),
    ("march", "march"),
    ("mar", "march"),
    ("april", "april"),
    ("apr", "april"),
    ("may", "may"),
    ("june", "june"),
    ("jun", "june"),
    ("july", "july"),
    ("jul", "july"),
    ("august", "august"),
    ("aug", "august"),
    ("september", "september"),
    ("sept", "september"),
    ("sep", "september"),
    ("october", "october"),
    ("oct", "october"),
    ("november", "november"),
    ("nov", "november"),
    ("december", "december"),
    ("dec", "december"),
];

/// A count or sum a headline names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub value: f64,
    /// Amounts compare only within a unit: 17% is not 17 cents.
    pub unit: AmountUnit,
    /// The currency of a sum, when the headline says it.
    pub currency: Option<Currency>,
}

/// Currencies whose sums outlets convert for their readers: "€2.4 billion",
/// "$2.7 billion" and "£2bn" are one fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Currency {
    Dollar,
    Euro,
    Pound,
    /// Rupees, written before the sum: "₹54,999", "Rs 54,999", "INR 54,999".
    Rupee,
    /// Yen: "¥22.1bn", "22.1 billion yen".
    Yen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountUnit {
    Plain,
    Percent,
    Cents,
    /// A sum in a currency worth far less than a dollar, euro or pound:
    /// "215,900 yuan" is the "$29,870" others write.
    Local,
    /// Which of a series of attempts: "second test flight", "Flight 7".
    Ordinal,
    /// How much a price moves: "raise prices by $2 a month". Only another
    /// move compares with it, not the price it moves to.
    Change,
    /// A plain amount of things a headline names: "2.77 billion trips",
    /// "15,000 employees". It compares with plain amounts, never with a sum
    /// of money.
    Count,
    /// A plain amount a milestone verb reaches: "hits 1 billion users",
    /// "tops $100,000". Marks are round, so another mark is other news,
    /// however close ("950 million").
    Reached,
    /// A sum a company raises: "Skild AI raises $300M". It compares only
    /// with another sum raised, not with what the company is worth
    /// ("valued at $1.5 billion").
    Raised,
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.unit {
            AmountUnit::Plain => write!(f, "{}", self.value),
            AmountUnit::Percent => write!(f, "{}%", self.value),
            AmountUnit::Cents => write!(f, "{} cents", self.value),
            AmountUnit::Local => write!(f, "{} in local currency", self.value),
            AmountUnit::Ordinal => write!(f, "attempt {}", self.value),
            AmountUnit::Count => write!(f, "{} counted", self.value),
            AmountUnit::Reached => write!(f, "{} reached", self.value),
            AmountUnit::Change => write!(f, "change of {}", self.value),
            AmountUnit::Raised => write!(f, "{} raised", self.value),
        }
    }
}

/// The most models a headline's model checks take, in title order.
const MAX_MODELS: usize = 12;

/// Ordinals as headlines write them, first to tenth.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Which attempt an ordinal names, when it numbers a flight, test, launch or
/// mission: "second test flight", "2nd flight", "Flight 7", "seventh
/// Starship launch"; not "first look" or "first time". So does the
/// zero-day of the year, the round of layoffs, the price rise or the
/// generation: "fourth actively exploited Chrome zero-day", "second US price
/// increase", "third-generation AirPods Pro".
fn attempt_at(words: &[String], index: usize) -> Option<Amount> {
    const ATTEMPTS: &[&str] = &[
        "flight",
        "flights",
        "test",
        "launch",
        "mission",
        "attempt",
        "zero",
        "round",
        "increase",
        "hike",
        "generation",
        "gen",
    ];
    let word = words[index].as_str();
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal_suffix =
        !digits.is_empty() && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th");
    // "second test flight" and "2nd flight" number what follows, within
    // three words; "Flight 7" numbers what comes before.
    // A "debut" or "maiden" flight is the first.
    let (nth, numbers_what_follows) =
        if let Some(position) = ORDINALS.iter().position(|ordinal| *ordinal == word) {
            (position as f64 + 1.0, true)
        } else if matches!(word, "debut" | "maiden" | "inaugural") {
            (1.0, true)
        } else if ordinal_suffix {
            (digits.parse().ok()?, true)
        } else if index > 0
            && matches!(words[index - 1].as_str(), "flight" | "crew")
            && is_small_number(word)
        {
            // "Flight 7"; "Crew-9" is NASA's ninth crew flight on SpaceX.
            (word.parse().ok()?, false)
        } else {
            return None;
        };
    let numbered = !numbers_what_follows
        || words[index + 1..]
            .iter()
            .take(4)
            .any(|after| ATTEMPTS.contains(&after.as_str()));
    numbered.then_some(Amount {
        value: nth,
        unit: AmountUnit::Ordinal,
        currency: None,
    })
}

/// Whether the words number an attack, a breach or an outage second or
/// later: "second cyberattack", "hit by a third outage", "2nd data breach";
/// not "the second-largest breach".
fn repeated_attack(words: &[String]) -> bool {
    const ATTACKS: &[&str] = &[
        "cyberattack",
        "cyberattacks",
        "attack",
        "attacks",
        "hack",
        "breach",
        "outage",
        "incident",
    ];
    words.iter().enumerate().any(|(index, word)| {
        // "Internet Archive breached again", "X is down again".
        let again = word == "again"
            && index.checked_sub(1).is_some_and(|before| {
                matches!(
                    words[before].as_str(),
                    "breached" | "hacked" | "attacked" | "down" | "offline"
                )
            });
        if again {
            return true;
        }
        let later = ORDINALS[1..].contains(&word.as_str())
            || matches!(word.as_str(), "2nd" | "3rd" | "4th" | "5th" | "another");
        // "the second-largest data breach" ranks it; it is no second one.
        let ranks = words
            .get(index + 1)
            .is_some_and(|next| next.ends_with("est"));
        later
            && !ranks
            && words[index + 1..]
                .iter()
                .take(3)
                .any(|after| ATTACKS.contains(&after.as_str()))
    })
}

/// The number a magnitude word multiplies by: "billion", and "lakh" and
/// "crore" as Indian outlets write them ("Rs 1.2 lakh", "Rs 2,000 crore").
fn magnitude_of(word: &str) -> Option<f64> {
    match word {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        "lakh" | "lakhs" => Some(1e5),
        "crore" | "crores" => Some(1e7),
        _ => None,
    }
}

/// Whether the number at `index` counts things: a count noun follows it,
/// past its magnitude and one more word ("100 million monthly users").
fn counts_things(words: &[String], index: usize) -> bool {
    const COUNT_NOUNS: &[&str] = &[
        "trips",
        "rides",
        "users",
        "subscribers",
        "downloads",
        "installs",
        "devices",
        "units",
        "phones",
        "smartphones",
        "iphones",
        "vehicles",
        "cars",
        "deliveries",
        "employees",
        "workers",
        "jobs",
        "staff",
        "people",
        "accounts",
        "customers",
        "members",
        "players",
        "copies",
        "views",
        "viewers",
        "visitors",
        "listeners",
        "followers",
        "households",
        "homes",
        "records",
        "passwords",
        "messages",
        "orders",
        "preorders",
        "reservations",
        "shipments",
        "chips",
        "gpus",
        "servers",
        "satellites",
        "apps",
        "games",
        "songs",
        "videos",
        "photos",
        "emails",
        "patients",
        "students",
        "drivers",
        "riders",
        "sellers",
        "merchants",
        "developers",
        "creators",
        "robotaxis",
        "miles",
        "streams",
    ];
    let mut after = index + 1;
    if words
        .get(after)
        .is_some_and(|word| magnitude_of(word).is_some())
    {
        after += 1;
    }
    words[after.min(words.len())..]
        .iter()
        .take(2)
        .any(|word| COUNT_NOUNS.contains(&word.as_str()))
}

/// The amount a number names: "3878", "449.99", "1.8" before "billion", "17"
/// before "percent" or "cents"; not a year, another number under 100 ("top
/// 10", "5G"), or a size ("128 GB", "4676 mAh").
fn amount(word: &str, next: Option<&str>) -> Option<Amount> {
    if !word.bytes().all(|b| b.is_ascii_digit() || b == b'.') || word.starts_with('.') {
        return None;
    }
    let value: f64 = word.parse().ok()?;
    let (magnitude, unit) = match next {
        Some(word) if let Some(magnitude) = magnitude_of(word) => (magnitude, AmountUnit::Plain),
        Some("percent") => (1.0, AmountUnit::Percent),
        Some("cents") => (1.0, AmountUnit::Cents),
        Some(
            // Not "rs": "Mate 70 RS" is a model; rupees come before the sum ("Rs 29,999").
            "yuan" | "rmb" | "yen" | "won" | "rupees" | "rupee" | "inr" | "rubles" | "roubles"
            | "lira" | "pesos" | "rand" | "krona" | "kronor" | "kroner",
        ) => (1.0, AmountUnit::Local),
        Some(unit) if is_unit(unit) => return None,
        // "$100 cheaper", "$200 off": a change, not the price.
        Some("cheaper" | "off" | "less" | "more" | "lower" | "higher" | "extra") => return None,
        _ => (1.0, AmountUnit::Plain),
    };
    let year = word.len() == 4 && (1900.0..=2099.0).contains(&value);
    let telling = magnitude > 1.0 || unit != AmountUnit::Plain || value >= 100.0 && !year;
    telling.then_some(Amount {
        value: value * magnitude,
        unit,
        currency: None,
    })
}

/// Whether two headlines' amounts can be the same news: in some unit both
/// name, some amount of one is within a fifth of one of the other ("$449.99"
/// and "$399", "1.8 billion" and "2 billion"; within a twentieth for two round
/// counts; within 45% for sums the headlines give in two currencies, "£2bn"
/// and "$2.7 billion"), or they share no unit. Two counts of layoffs, 650 and
/// 1,000 or 10,000 and 11,000, are two stories; so are a fall of 9 cents and
/// one of 11.
pub fn amounts_agree(ours: &[Amount], theirs: &[Amount]) -> bool {
    // Round counts are told as they are (11,000 layoffs, not 10,000); prices
    // ("$449.99", "£395") and sums in billions are converted and rounded.
    let count = |a: &Amount| {
        matches!(a.unit, AmountUnit::Plain | AmountUnit::Count)
            && a.value < 1e6
            && a.value % 100.0 == 0.0
    };
    // A count of people or things is no sum of money: "laying off 15,000
    // employees" and "a $10 billion cost-savings plan", "2.77 billion trips"
    // and "$1B profit".
    let counted_and_sum = |a: &Amount, b: &Amount| {
        a.currency.is_none()
            && (count(a) || a.unit == AmountUnit::Count)
            && b.currency.is_some()
            && b.value >= 1e6
    };
    let plain = |a: &Amount| {
        matches!(
            a.unit,
            AmountUnit::Plain | AmountUnit::Count | AmountUnit::Reached
        )
    };
    let comparable = |a: &Amount, b: &Amount| {
        (a.unit == b.unit || plain(a) && plain(b))
            && !counted_and_sum(a, b)
            && !counted_and_sum(b, a)
    };
    let close = |a: &Amount, b: &Amount| {
        if a.unit == AmountUnit::Ordinal {
            return a.value == b.value;
        }
        if a.unit == AmountUnit::Reached || b.unit == AmountUnit::Reached {
            return a.value.max(b.value) <= 1.01 * a.value.min(b.value);
        }
        // A sum converted from pounds to dollars grows by up to a third
        // ("£2bn" is "$2.7 billion"), and each side rounds it.
        let converted = a.currency.is_some() && b.currency.is_some() && a.currency != b.currency;
        if converted {
            return a.value.max(b.value) <= 1.45 * a.value.min(b.value);
        }
        if count(a) && count(b) {
            return a.value.max(b.value) <= 1.05 * a.value.min(b.value);
        }
        // Within a fifth, one sum written rounder than the other is the same
        // sum only if it is the other rounded: "$6.4 billion" is "$6
        // billion", "88,898" is "nearly 90,000", but "$5.8 billion" is not
        // "$5 billion".
        let (coarse, fine) = if place(a.value) >= place(b.value) {
            (a.value, b.value)
        } else {
            (b.value, a.value)
        };
        let unit = place(coarse);
        let ratio = a.value.max(b.value) / a.value.min(b.value);
        ratio <= 1.05 || ratio <= 1.2 && ((fine / unit).round() * unit - coarse).abs() < unit * 1e-6
    };
    let shared_unit = ours.iter().any(|a| theirs.iter().any(|b| comparable(a, b)));
    !shared_unit
        || ours
            .iter()
            .any(|a| theirs.iter().any(|b| comparable(a, b) && close(a, b)))
}

/// The place of a number's last significant digit: 1e9 for 5e9, 1e8 for
/// 5.8e9, 0.01 for 449.99.
fn place(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return 1.0;
    }
    let mut unit = 10f64.powi(value.abs().log10().floor() as i32);
    for _ in 0..12 {
        let digits = value / unit;
        if (digits - digits.round()).abs() < 1e-6 * digits.abs().max(1.0) {
            return unit;
        }
        unit /= 10.0;
    }
    unit
}

/// The date a month word names with the day beside it, once `canonical_dates`
/// has written both out: "september 9", or "9 september" unless the number
/// belongs to a model ("Windows 10 June update").
fn date_at(words: &[String], index: usize, in_model: &[bool]) -> Option<(u8, u8)> {
    const FULL_NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let month = FULL_NAMES.iter().position(|name| *name == words[index])? as u8 + 1;
    let day = |at: usize| {
        words
            .get(at)
            .filter(|word| word.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|word| day_of_month(word))
    };
    let after = day(index + 1);
    // "may" is a month only with its day after it.
    let before = index
        .checked_sub(1)
        .filter(|&before| words[index] != "may" && !in_model[before])
        .and_then(day);
    // "delayed to May 2026": the month alone, day 0. So is a monthly
    // release: "April Patch Tuesday" is not March's, nor "Pixel's March
    // feature drop" June's.
    let month_alone = words.get(index + 1).is_some_and(|word| {
        is_year(word)
            || words[index] != "may"
                && matches!(
                    word.as_str(),
                    "patch" | "update" | "updates" | "security" | "feature" | "drop"
                )
    });
    Some((month, after.or(before).or(month_alone.then_some(0))?))
}

/// The numbers a title writes with a thousands separator, without it:
/// "1900" for "1,900", which is a count and not a year.
fn grouped_numbers(title: &str) -> Vec<String> {
    let mut found = Vec::new();
    if !title.contains(',') {
        return found;
    }
    let bytes = title.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() || at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let mut end = at;
        let mut number = String::new();
        let mut grouped = false;
        while end < bytes.len() {
            if bytes[end].is_ascii_digit() {
                number.push(bytes[end] as char);
                end += 1;
            } else if bytes[end] == b','
                && bytes.len() >= end + 4
                && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
                && bytes.get(end + 4).is_none_or(|b| !b.is_ascii_digit())
            {
                grouped = true;
                end += 1;
            } else {
                break;
            }
        }
        if grouped {
            found.push(number);
        }
        at = end.max(at + 1);
    }
    found
}

/// A count written with a thousands separator that `amount` took for a
/// year: "Microsoft lays off 1,900 employees".
fn grouped_count(word: &str, grouped: &[String]) -> Option<Amount> {
    (is_year(word) && grouped.iter().any(|number| number == word)).then(|| Amount {
        value: word.parse().unwrap_or_default(),
        unit: AmountUnit::Plain,
        currency: None,
    })
}

/// A year as headlines write one: "2023".
fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// A year or a quarter a headline names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year(u16),
    Quarter(u8),
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Year(year) => write!(f, "{year}"),
            Period::Quarter(quarter) => write!(f, "q{quarter}"),
        }
    }
}

/// The years and quarters of the headline's own news (before `clause`): a
/// year written alone, not a count ("1,900 employees"), nor part of a model,
/// nor one the news is measured against ("since 2021"); "Q1", "first
/// quarter".
/// Whether a forecast names the period at `index`: "forecasts third-quarter
/// bookings", "sees Q3 revenue", "Q4 guidance", "2025 outlook". Results day
/// tells this quarter's results and the next one's forecast, so the period a
/// forecast names is not the news's own.
fn forecast_names(words: &[String], index: usize) -> bool {
    const FORECASTS: &[&str] = &[
        "forecast",
        "forecasts",
        "forecasting",
        "outlook",
        "guidance",
        "sees",
        "expects",
        "projects",
        "predicts",
    ];
    // "third quarter" starts at its ordinal.
    let start = if words[index] == "quarter" {
        index.saturating_sub(1)
    } else {
        index
    };
    words[start.saturating_sub(2)..start]
        .iter()
        .chain(words[index + 1..].iter().take(2))
        .any(|word| FORECASTS.contains(&word.as_str()))
}

fn periods_in(
    words: &[String],
    clause: usize,
    in_model: &[bool],
    grouped: &[String],
) -> Vec<Period> {
    const QUARTERS: &[&str] = &["first", "second", "third", "fourth"];
    let mut periods = Vec::new();
    for (index, word) in words[..clause].iter().enumerate() {
        // "fastest since 2021", "delayed from 2025": a year the news is
        // measured against, not its own.
        // Nor is a work's predecessor by its year: "a prequel to Doom 2016".
        let reference = index > 0
            && matches!(
                words[index - 1].as_str(),
                "since" | "from" | "than" | "before" | "versus" | "vs"
            )
            || words[index.saturating_sub(4)..index].iter().any(|before| {
                matches!(
                    before.as_str(),
                    "prequel" | "prequels" | "sequel" | "sequels" | "remake" | "successor"
                )
            });
        let period = if is_year(word)
            && !in_model[index]
            && !reference
            && !grouped.iter().any(|n| n == word)
        {
            word.parse().ok().map(Period::Year)
        } else if let [b'q', quarter @ b'1'..=b'4'] = word.as_bytes() {
            Some(Period::Quarter(quarter - b'0'))
        } else if word == "quarter"
            && let Some(nth) = index.checked_sub(1).and_then(|before| {
                QUARTERS
                    .iter()
                    .position(|ordinal| *ordinal == words[before])
            })
        {
            Some(Period::Quarter(nth as u8 + 1))
        } else {
            None
        };
        if let Some(period) = period
            && !periods.contains(&period)
            && !forecast_names(words, index)
        {
            periods.push(period);
        }
    }
    periods
}

/// The first year (or quarter) of each side when both name years (or
/// quarters) and none in common: "2024" vs "2025" is two stories.
pub fn period_conflict(ours: &[Period], theirs: &[Period]) -> Option<(Period, Period)> {
    [true, false].into_iter().find_map(|years| {
        let of_kind = |period: &&Period| matches!(period, Period::Year(_)) == years;
        let first = ours.iter().find(of_kind)?;
        let other = theirs.iter().find(of_kind)?;
        // One of the kind that both name is on both sides: one check will do.
        let shared = ours
            .iter()
            .filter(of_kind)
            .any(|period| theirs.contains(period));
        (!shared).then_some((*first, *other))
    })
}

/// Whether two sets of dates can be the same news: one names none, or they
/// share a day, or a month where one names no day ("May 2026" and "May 26,
/// 2026"). "Launches September 25" and "launches September 3" are two, and
/// so are "delayed to May 2026" and "delayed to November 2026".
pub fn dates_agree(ours: &[(u8, u8)], theirs: &[(u8, u8)]) -> bool {
    let meet = |(month, day): (u8, u8), (other_month, other_day): (u8, u8)| {
        month == other_month && (day == other_day || day == 0 || other_day == 0)
    };
    ours.is_empty()
        || theirs.is_empty()
        || ours
            .iter()
            .any(|&date| theirs.iter().any(|&other| meet(date, other)))
}

/// Whether two sets of dates name one day, not just one month.
pub fn same_day(ours: &[(u8, u8)], theirs: &[(u8, u8)]) -> bool {
    ours.iter().any(|date| date.1 != 0 && theirs.contains(date))
}

/// Whether a word is written in digits alone: "2000" of "Rs 2,000 off",
/// which `is_number` takes for a year.
fn is_numeral(word: &str) -> bool {
    word.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Whether a word is a number: an amount ("3,878", "1.8") or a small one ("5").
fn is_number(word: &str) -> bool {
    amount(word, None).is_some() || is_small_number(word)
}

/// A day of the month as written beside a month: "9", "9th", "21st".
fn day_of_month(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let day = digits
        .parse::<u8>()
        .ok()
        .filter(|day| (1..=31).contains(day))?;
    matches!(suffix, "" | "st" | "nd" | "rd" | "th").then_some(day)
}

/// Writes dates one way: "Sept. 9th" and "September 9" become "september 9",
/// "5th June" "5 june", so outlets' styles match. Returns each rewritten word
/// as it was written, by position, for the case evidence.
fn canonical_dates(words: &mut [String]) -> Vec<(usize, String)> {
    let mut rewritten = Vec::new();
    for index in 0..words.len() {
        let Some(month) = month_of(&words[index]) else {
            continue;
        };
        let before = index.checked_sub(1);
        let day_before = before.filter(|&before| day_of_month(&words[before]).is_some());
        let day_after = Some(index + 1).filter(|&after| {
            words
                .get(after)
                .is_some_and(|word| day_of_month(word).is_some())
        });
        // "may" is mostly a verb ("Xiaomi 14 may launch"); only a day after
        // it makes it a month.
        if month == "may" && day_after.is_none() {
            continue;
        }
        if day_before.is_none() && day_after.is_none() && month != words[index] {
            // "sept" alone is more likely an abbreviation of something else.
            continue;
        }
        let month = std::mem::replace(&mut words[index], month.to_owned());
        rewritten.push((index, month));
        for day in [day_before, day_after].into_iter().flatten() {
            let number = day_of_month(&words[day]).expect("checked above");
            let day_written = std::mem::replace(&mut words[day], number.to_string());
            rewritten.push((day, day_written));
        }
    }
    rewritten
}

/// The headline without stock tickers in parentheses ("Apple Inc. (AAPL)",
/// "(NASDAQ:CSCO)"): finance sites add them to every headline about a company.
/// Joins a model code a hyphen splits: "WH-1000XM6" is Sony's model
/// "WH1000XM6", not the word "wh" beside a model, and so are "WF-1000XM5",
/// "SM-S928B", "ZV-E10" and "X-T50". A prefix of one to three letters, and
/// after the hyphen a model's letters and digits; not a line's name
/// ("GPT-4o", "RX-9070XT"), a bare number ("Crew-9", "Top-10") or a size
/// ("sub-1kg").
fn glue_model_codes(title: &str) -> String {
    let bytes = title.as_bytes();
    let mut out = String::with_capacity(title.len());
    let mut copied = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if byte != b'-' || at == 0 {
            continue;
        }
        let start = bytes[..at]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |before| before + 1);
        let end = bytes[at + 1..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |after| at + 1 + after);
        let (prefix, code) = (&title[start..at], &title[at + 1..end]);
        let bounded = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
        // Not a size or a network: "sub-1kg", "non-5G".
        let is_code = code.len() <= 10
            && code.bytes().any(|b| b.is_ascii_digit())
            && code.bytes().any(|b| b.is_ascii_alphabetic())
            && is_alphanumeric_model(&code.to_ascii_lowercase());
        if bounded
            && (1..=3).contains(&prefix.len())
            && is_code
            && line_of(&prefix.to_ascii_lowercase()).is_none()
        {
            out.push_str(&title[copied..at]);
            copied = at + 1;
        }
    }
    out.push_str(&title[copied..]);
    out
}

fn strip_tickers(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut rest = title;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|close| open + close) else {
            break;
        };
        let inside = &rest[open + 1..close];
        let symbol = inside.rsplit(':').next().unwrap_or(inside);
        // "(AAPL)", "(NASDAQ:CSCO)", "(NYSE:GM)"; but "(US)" or "(UK)" alone
        // is more often a region than a ticker.
        let exchange = inside.len() > symbol.len()
            && inside[..inside.len() - symbol.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_uppercase());
        let is_ticker = symbol.len() <= 5
            && symbol.len() >= if exchange { 1 } else { 3 }
            && symbol.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
            && (exchange || inside.len() == symbol.len());
        out.push_str(&rest[..open]);
        if !is_ticker {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The features of a summary's lead, as `extract` makes them from a
/// headline: its first `SUMMARY_WORDS` words, after the headline itself when
/// the summary repeats it, without "Read more" and "The post ... appeared first on" tails.
pub fn summary_features(summary_html: &str, title: &str) -> Features {
    let text = normalize::plain_text(summary_html);
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let title_words = title.split_whitespace().count();
    let repeats_title = title_words >= 3
        && words.len() > title_words
        && normalize::words(&words[..title_words].join(" ")) == normalize::words(title);
    if repeats_title {
        words.drain(..title_words);
    }
    let mut lead: Vec<&str> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let rest = words[index..words.len().min(index + 2)]
            .join(" ")
            .to_lowercase();
        if lead.len() >= SUMMARY_WORDS
            || rest == "the post"
            || rest.starts_with("read more")
            || rest.starts_with("continue reading")
        {
            break;
        }
        lead.push(word);
    }
    extract(&lead.join(" "), "")
}

/// How many words of a summary's lead the clusterer reads: enough for who,
/// what and where, before the article wanders off.
const SUMMARY_WORDS: usize = 40;

/// The lowercased words a headline capitalises, not counting the first word
/// of a sentence; the words that start a sentence, whose case says nothing;
/// how much its capitals say (`Features::case_weight`): the share of its
/// other words of four letters or more written in lowercase, or 0 when it has
/// fewer than two such words or is mostly caps; and the words with a capital
/// inside ("LastPass", "DeepSeek", "iPhone"), which are names wherever they
/// stand and however the headline is written.
fn capitalization(title: &str) -> (Vec<String>, Vec<String>, u8, Vec<String>) {
    let mut inner_capitals = Vec::new();
    let mut capitals = Vec::new();
    let mut starts = Vec::new();
    let mut acronyms = Vec::new();
    let (mut long, mut long_capitalized, mut all_caps) = (0, 0, 0);
    let mut sentence_start = true;
    let mut rest = title;
    while let Some(begin) = rest.find(|c: char| c.is_alphanumeric()) {
        // A sentence ends at ".", "!", "?" or ":" before the next word.
        if rest[..begin].contains(['.', '!', '?', ':']) {
            sentence_start = true;
        }
        rest = &rest[begin..];
        let word_end = |text: &str| {
            text.find(|c: char| !c.is_alphanumeric())
                .unwrap_or(text.len())
        };
        let mut end = word_end(rest);
        // "M&S" and "AT&T" are one word, "MS" and "ATT", as
        // `normalize::words` makes them.
        while rest[end..].starts_with('&')
            && rest[end + 1..].starts_with(|c: char| c.is_alphanumeric())
        {
            end += 1 + word_end(&rest[end + 1..]);
        }
        // "Pre-orders" is one word, "preorders", as `normalize::words` makes it.
        let joined = normalize::joins_hyphen(&rest[..end])
            && rest[end..]
                .strip_prefix('-')
                .is_some_and(|after| after.starts_with(char::is_alphabetic));
        if joined {
            end += 1 + word_end(&rest[end + 1..]);
        }
        let word: std::borrow::Cow<'_, str> = if joined || rest[..end].contains('&') {
            rest[..end].replace(['-', '&'], "").into()
        } else {
            rest[..end].into()
        };
        let word = word.as_ref();
        rest = &rest[end..];
        // As `normalize::words` writes it: "Condé" is "conde".
        let lower = |word: &str| {
            if word.is_ascii() {
                word.to_ascii_lowercase()
            } else {
                normalize::words(word)
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            }
        };
        if word.chars().any(char::is_lowercase) && word.chars().skip(1).any(char::is_uppercase) {
            inner_capitals.push(lower(word));
        }
        if std::mem::take(&mut sentence_start) {
            // "GTA 6 delayed", "FTC sues": an acronym is a name wherever it stands.
            let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase);
            if acronym {
                acronyms.push(lower(word));
            } else {
                starts.push(lower(word));
            }
            continue;
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        if capitalized {
            capitals.push(lower(word));
            // "Trainium2" is written "Trainium" and "2" (`split_glued_modifiers`).
            if let Some(letters) = glued_version(word) {
                capitals.push(lower(&word[..letters]));
            }
        }
        if word.chars().count() >= 4 && word.chars().all(char::is_alphabetic) {
            long += 1;
            long_capitalized += usize::from(capitalized);
            all_caps += usize::from(word.chars().all(char::is_uppercase));
        }
    }
    let weight = if long < 2 || all_caps * 2 >= long {
        0
    } else {
        (100 * (long - long_capitalized) / long) as u8
    };
    // In an all-caps headline capitals say nothing, acronyms included.
    if weight > 0 {
        capitals.append(&mut acronyms);
    } else {
        starts.append(&mut acronyms);
    }
    (capitals, starts, weight, inner_capitals)
}

/// The devices a headline names, as readers write them ("Xiaomi 14 Pro",
/// "Galaxy S24 Ultra", "iPhone 15"): models with a product line only, since
/// a bare "14 Pro" says little on its own.
pub fn device_tags(title: &str, feed: &str) -> Vec<String> {
    extract(title, feed)
        .models
        .iter()
        .filter_map(|model| {
            // An identifier (a flaw, a codename, a Windows update or build,
            // an edition's year) is no device.
            let line = model.line.filter(|_| !model.is_identifier())?;
            // "QPR1" or "beta2" after "Android 15" name a release, not a device.
            let first = model.base();
            let letters = first.bytes().take_while(u8::is_ascii_alphabetic).count();
            if letters >= 3 && letters < first.len() {
                return None;
            }
            let words: Vec<String> = std::iter::once(line)
                .chain(model.core.split(' '))
                .map(display_word)
                .collect();
            Some(words.join(" "))
        })
        .collect()
}

/// A lowercase model word as brands write it.
fn display_word(word: &str) -> String {
    const SPECIAL: &[(&str, &str)] = &[
        ("iphone", "iPhone"),
        ("ipad", "iPad"),
        ("ipod", "iPod"),
        ("imac", "iMac"),
        ("ios", "iOS"),
        ("ipados", "iPadOS"),
        ("macos", "macOS"),
        ("watchos", "watchOS"),
        ("macbook", "MacBook"),
        ("oneplus", "OnePlus"),
        ("oneui", "One UI"),
        ("hyperos", "HyperOS"),
        ("wearos", "Wear OS"),
        ("miui", "MIUI"),
        ("iqoo", "iQOO"),
        ("geforce", "GeForce"),
        ("playstation", "PlayStation"),
        ("airpods", "AirPods"),
        ("gpt", "GPT"),
        ("ti", "Ti"),
        ("xt", "XT"),
        ("xtx", "XTX"),
        ("4o", "4o"),
    ];
    if let Some((_, shown)) = SPECIAL.iter().find(|(name, _)| *name == word) {
        return (*shown).to_owned();
    }
    // "s24" and "m4" are written in capitals, "8s" and "14" as they are.
    if word.len() <= 4
        && word.starts_with(|c: char| c.is_ascii_alphabetic())
        && word.bytes().any(|b| b.is_ascii_digit())
    {
        return word.to_ascii_uppercase();
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Reduces an English word to a rough stem: "launches" and "launched" both become "launch".
pub fn stem(word: &str) -> String {
    if word.len() <= 3 || word.bytes().any(|b| b.is_ascii_digit()) || !word.is_ascii() {
        return word.to_owned();
    }
    let mut stem = word.to_owned();
    if let Some(base) = stem.strip_suffix("ies").filter(|base| base.len() > 2) {
        stem = format!("{base}y");
    } else if let Some(base) = stem.strip_suffix("ied").filter(|base| base.len() > 2) {
        stem = format!("{base}y");
    } else if ["sses", "ches", "shes", "xes"]
        .iter()
        .any(|suffix| stem.ends_with(suffix))
    {
        stem.truncate(stem.len() - 2);
    } else if stem.ends_with('s')
        && !stem.ends_with("ss")
        && !stem.ends_with("us")
        && (!stem.ends_with("is") || stem.ends_with("taxis") || stem.ends_with("emojis"))
    {
        stem.pop();
    } else if let Some(base) = stem.strip_suffix("ing").filter(|base| base.len() >= 3) {
        stem = undouble(base);
    } else if PAST_OF_EE.contains(&word) {
        // "agreed" is "agree" + "d".
        stem.pop();
    } else if let Some(base) = stem
        .strip_suffix("ed")
        .filter(|base| base.len() >= 3 && !base.ends_with('e'))
    {
        // "exceed", "succeed", "speed" keep their "eed".
        stem = undouble(base);
    }
    if stem.len() > 3 && stem.ends_with('e') {
        // "release" and "released" meet at "releas", "fines" and "fined" at "fin".
        stem.pop();
    }
    stem
}

/// Past tenses of verbs that end in "ee", where "-ed" is the ending.
const PAST_OF_EE: &[&str] = &["agreed", "disagreed", "freed", "guaranteed", "decreed"];

fn undouble(base: &str) -> String {
    let bytes = base.as_bytes();
    let n = bytes.len();
    if n >= 2 && bytes[n - 1] == bytes[n - 2] && !matches!(bytes[n - 1], b'l' | b's' | b'z') {
        base[..n - 1].to_owned()
    } else {
        base.to_owned()
    }
}

fn is_purchase(word: &str) -> bool {
    matches!(
        word,
        "buy"
            | "buys"
            | "bought"
            | "buying"
            | "acquire"
            | "acquires"
            | "acquired"
            | "acquiring"
            | "acquisition"
            | "purchase"
            | "purchases"
            | "purchased"
            | "takeover"
    )
}

/// Maps words of one meaning to one token, so rewordings meet.
/// The token an ordinary word becomes: its concept ("unveils" is "launch")
/// or else its stem.
///
/// Remembered per thread: a window's headlines use their words many times
/// over, and the concept tables are long. The memory is bounded, and hashed
/// with std's keyed hash, since headlines come from outside.
fn word_token(word: &str) -> String {
    const MOST_REMEMBERED: usize = 1 << 16;
    thread_local! {
        static TOKENS: std::cell::RefCell<HashMap<String, String>> =
            std::cell::RefCell::new(HashMap::new());
    }
    TOKENS.with_borrow_mut(|tokens| {
        if let Some(token) = tokens.get(word) {
            return token.clone();
        }
        let token = concept(word).unwrap_or_else(|| stem(word));
        if tokens.len() >= MOST_REMEMBERED {
            tokens.clear();
        }
        tokens.insert(word.to_owned(), token.clone());
        token
    })
}

fn concept(word: &str) -> Option<String> {
    const GROUPS: &[(&[&str], &str)] = &[
        (
            &[
                "launch", "unveil", "debut", "introduc", "announc", "releas", "arriv",
                // "The Galaxy S25 Edge is official" is its launch.
                "official",
            ],
            "launch",
        ),
        (
            &[
                "rumor",
                "rumour",
                "reportedly",
                "tip",
                "tipster",
                "alleg",
                "purported",
                "speculat",
            ],
            "rumor",
        ),
        (
            &[
                "global",
                "international",
                "worldwide",
                "outside",
                "beyond",
                "abroad",
                "overseas",
            ],
            "global",
        ),
        (&["leak", "leaker"], "leak"),
        // "Durov detained in Paris" is "Durov arrested in France".
        (&["detain", "arrest"], "arrest"),
        (&["smartphone", "phone", "handset", "mobile"], "phone"),
        (&["price", "pric", "cost", "pricetag"], "price"),
        (&["confirm"], "official"),
        (&["uncertain", "unlikely", "doubt", "doubtful"], "uncertain"),
        (&["tablet", "slate"], "tablet"),
    ];
    for (stems, name) in GROUPS {
        if stems.iter().any(|prefix| word.starts_with(prefix)) {
            return Some((*name).to_owned());
        }
    }
    let name = match word {
        _ if is_purchase(word) => "buy",
        // "Microsoft is shutting down Skype", "will retire it", "is killing
        // Skype", "Skype will be discontinued".
        "shut" | "shuts" | "shutting" | "shutdown" | "shutter" | "shutters" | "shuttered"
        | "discontinue" | "discontinues" | "discontinued" | "discontinuing" | "kill" | "kills"
        | "killing" | "killed" | "retire" | "retires" | "retiring" | "sunset" | "sunsets"
        | "sunsetting" => "shutdown",
        _ if UNDO.contains(&word) => "shutdown",
        "rename" | "renames" | "renamed" | "renaming" | "rebrand" | "rebrands" | "rebranded"
        | "rebranding" => "rename",
        // "stop selling the Apple Watch", "halt US sales of smartwatches".
        "sell" | "sells" | "sold" | "selling" | "sales" => "sell",
        "halt" | "halts" | "halted" | "halting" | "stop" | "stops" | "stopped" | "stopping"
        | "suspend" | "suspends" | "suspended" | "pause" | "pauses" | "paused"
        // "Celsius freezes withdrawals" halts them.
        | "freeze" | "freezes" | "froze" | "freezing" => "halt",
        "smartwatch" | "smartwatches" | "watches" => "watch",
        // "Nvidia overtakes Apple", "surpasses Apple as most valuable".
        "overtake" | "overtakes" | "overtook" | "overtaking" | "surpass" | "surpasses"
        | "surpassed" | "surpassing" => "overtak",
        // "Android 16 is rolling out", "is now available", "Google releases
        // Android 16": the release.
        "rolling" | "rolls" | "rollout" | "available" => "launch",
        // "Microsoft completes Activision deal", "closes $69 billion deal".
        "close" | "closes" | "closed" | "complete" | "completes" | "completed" | "completing"
        | "completion" => "close",
        "slimmer" | "slimmed" => "slim",
        "funding" | "fundraise" | "fundraising" => "funding",
        // "Wi-Fi 7 certification begins", "Wi-Fi Certified 7".
        "certification" | "certifications" | "certified" | "certifies" => "certify",
        "splashdown" => "return",
        // "NASA scrubs the launch" cancels it, as "cancels" (UNDO) does.
        "scrub" | "scrubs" | "scrubbed" => "shutdown",
        // "Nvidia's Arm deal collapses", "abandons Arm acquisition",
        // "terminate Arm deal": a deal ended.
        "collapse" | "collapses" | "collapsed" | "abandon" | "abandons" | "abandoned"
        | "terminate" | "terminates" | "terminated" => "collapse",
        // "WhatsApp will start showing ads", "ending its ad-free era".
        "ads" | "advert" | "adverts" | "advertising" | "advertisement" | "advertisements" => "ad",
        "die" | "dies" | "died" | "dying" | "dead" | "death" | "obituary" => "death",
        "lawmakers" | "legislators" | "parliament" => "lawmakers",
        // "US opens probe into Ford BlueCruise", "NHTSA investigates".
        "probe" | "probes" | "probing" | "investigation" | "investigations" | "investigates"
        | "investigating" | "inquiry" => "probe",
        // "DeepSeek limits new sign-ups", "restricts registrations";
        // "Microsoft caps Bing chats".
        "limit" | "limits" | "limited" | "limiting" | "restrict" | "restricts" | "restricted"
        | "restricting" | "curb" | "curbs" | "curbed" | "curbing" | "caps" | "capped"
        | "capping" => "limit",
        "signup" | "signups" | "registration" | "registrations" => "signup",
        // "Google is a monopolist", "an illegal monopoly".
        "monopolist" | "monopolists" | "monopolies" | "monopolistic" | "monopolize"
        | "monopolizing" | "monopolized" => "monopoly",
        // "German and Polish plants" are the plants in Germany and Poland.
        "german" => "germany",
        "polish" => "poland",
        "french" | "france" => "france",
        "italian" => "italy",
        "spanish" => "spain",
        "dutch" | "netherlands" => "netherlands",
        "irish" => "ireland",
        "swedish" => "sweden",
        "japanese" => "japan",
        "korean" => "korea",
        "chinese" => "china",
        "taiwanese" => "taiwan",
        "vietnamese" => "vietnam",
        "indian" => "india",
        "brazilian" => "brazil",
        "canadian" => "canada",
        "australian" => "australia",
        "hungarian" => "hungary",
        "mexican" => "mexico",
        "turkish" => "turkey",
        "russian" => "russia",
        "swiss" => "switzerland",
        "belgian" => "belgium",
        "austrian" => "austria",
        "czech" => "czechia",
        "finnish" => "finland",
        "norwegian" => "norway",
        "danish" => "denmark",
        "portuguese" => "portugal",
        "israeli" => "israel",
        "indonesian" => "indonesia",
        "malaysian" => "malaysia",
        "singaporean" | "singapore" => "singapore",
        "thai" => "thailand",
        "filipino" | "philippines" => "philippines",
        "nigerian" => "nigeria",
        "kenyan" => "kenya",
        "pakistani" => "pakistan",
        // "BYD's Hungary plant" is its "Hungarian factory".
        "factory" | "factories" | "plant" | "plants" | "gigafactory" | "fab" | "fabs" => "factory",
        // "California approves Mercedes' Level 3 system" is its "approval".
        "approve" | "approves" | "approved" | "approval" | "approving" => "approval",
        // "Geely offers to take Zeekr private", "proposes to buy out Zeekr".
        "propose" | "proposes" | "proposed" | "proposal" => "offer",
        // Names outlets shorten: "SBF", "CZ".
        "sbf" => "bankman",
        // Bose's line, which outlets shorten: "QC Ultra Headphones".
        "quietcomfort" => "qc",
        "cz" => "zhao",
        "outage" | "outages" | "crash" | "crashes" | "crashing" | "crashed" | "bsod"
        | "offline" | "downtime" => "outage",
        "apology" | "apologies" | "apologize" | "apologizes" | "apologized" | "apologise"
        | "apologises" | "apologised" | "sorry" => "apology",
        "layoff" | "layoffs" | "lay" | "lays" | "laying" | "laid" => "layoff",
        "employees" | "employee" | "staff" | "staffers" | "workers" | "workforce" | "jobs" => {
            "staff"
        }
        "fine" | "fines" | "fined" | "penalty" | "penalties" => "fine",
        "sue" | "sues" | "sued" | "suing" | "lawsuit" | "lawsuits" => "sue",
        "ban" | "bans" | "banned" | "banning" | "block" | "blocks" | "blocked" | "blocking" => {
            "ban"
        }
        // "Fisker is bankrupt" is its "files for bankruptcy".
        "bankrupt" | "bankruptcy" | "insolvency" | "insolvent" => "bankruptcy",
        "breakup" | "divest" | "divests" | "divestiture" | "split" => "breakup",
        "delay" | "delays" | "delayed" | "postpone" | "postpones" | "postponed" => "delay",
        "earnings" | "profit" | "profits" | "revenue" | "revenues" => "earnings",
        // "takes ¥22.1bn loss", "books $140 million in writedowns".
        "loss" | "losses" | "writedown" | "writedowns" | "writeoff" | "writeoffs"
        | "impairment" | "impairments" => "loss",
        _ if RISE_WORDS.contains(&word) => "rise",
        "raise" | "raises" | "raised" | "raising" | "hike" | "hikes" | "hiked" | "hiking" => "rise",
        "explode" | "explodes" | "exploded" | "explosion" | "blows" | "blew" => "explode",
        "expensive" | "pricier" | "costlier" => "price",
        "everyone" | "anyone" | "public" => "everyone",
        "dod" => "pentagon",
        // Acronyms too short to stem: "Ford EVs" are "Ford EV owners'".
        "evs" => "ev",
        "pcs" => "pc",
        "tvs" => "tv",
        "charger" | "chargers" => "charg",
        // "Whoop members are furious", "customers angry over upgrade fee".
        "angry" | "furious" | "fury" | "outrage" | "outraged" | "irate" | "fuming" | "livid" => {
            "anger"
        }
        // Alphabet's news is Google's.
        "alphabet" => "googl",
        "chief" | "boss" => "ceo",
        "dealer" | "dealers" | "dealership" | "dealerships" => "dealer",
        // "market value", "market cap", "valuation", "worth $4 trillion".
        "value" | "valuation" | "valued" | "worth" | "cap" | "capitalization" | "valuable" => {
            "valu"
        }
        "globe" | "world" => "global",
        "eu" | "europe" | "european" => "europe",
        "optic" | "optics" | "optical" => "optic",
        // "submarine cable unit", "undersea cable business".
        "undersea" | "subsea" | "submarine" => "undersea",
        // "North American demand" is North America's.
        "american" | "america" => "america",
        // "Fortnite returns to iOS", "is back on the App Store", "ChatGPT
        // resumes service in Italy".
        "return" | "returns" | "returned" | "returning" | "back" | "comeback" | "restore"
        | "restores" | "restored" | "restoring" | "resume" | "resumes" | "resumed" | "resuming"
        | "restarts" | "restarted" | "restarting"
        // "Pebble is coming back", "Pebble's founder is reviving it".
        | "revive" | "revives" | "revived" | "reviving" | "revival" => "return",
        // "new terms worry hobbyists", "raise eyebrows", "spark concerns".
        "worry" | "worries" | "worried" | "concern" | "concerns" | "concerned" => "concern",
        "steal" | "steals" | "stealing" | "stole" | "stolen" | "theft" | "thefts" => "steal",
        // "100K sites", "100,000 websites".
        "site" | "sites" | "website" | "websites" => "site",
        // "agree to merge", "reach merger agreement"; "a bid", "an offer".
        "merge" | "merges" | "merged" | "merging" | "merger" | "mergers" => "merger",
        "agree" | "agrees" | "agreed" | "agreement" | "agreements" => "agree",
        "bid" | "bids" | "bidding" => "offer",
        // "chats with kids", "conversations with children", "minors".
        "kid" | "kids" | "child" | "children" | "minors" => "child",
        // "AI rules let bots hold chats", "AI chatbot guidelines".
        "bot" | "bots" | "chatbot" | "chatbots" => "chatbot",
        // "Intel's Downfall flaw", "Intel Downfall vulnerability", "AMD
        // 'Zenbleed' bug", "chips are vulnerable to Sinkclose".
        "flaw" | "flaws" | "vulnerability" | "vulnerabilities" | "vulnerable" | "bug" | "bugs" => {
            "flaw"
        }
        // "hackers stole data", "a data breach", "was hacked", "cyberattack".
        "hack" | "hacks" | "hacked" | "hacker" | "hackers" | "hacking" | "breach" | "breaches"
        | "breached" | "cyberattack" | "cyberattacks" | "ransomware" | "compromised"
        // "Botnet backdoors thousands of Asus routers": they were
        // compromised. "A backdoor in xz" keeps its own rarer word.
        | "backdoors" | "backdoored" => "hack",
        // "Microsoft invests in Mistral", "makes a $16M investment".
        "invest" | "invests" | "invested" | "investing" | "investment" | "investments" => "invest",
        // "Tesla slashes prices", "cuts prices"; "Nokia cuts full-year
        // outlook", "lowers 2023 sales forecast".
        "slash" | "slashes" | "slashed" | "slashing" | "cut" | "cuts" | "cutting" | "lowers"
        | "lowered" | "lowering" | "trims" | "trimmed" | "trimming" => "cut",
        "outlook" | "outlooks" | "forecast" | "forecasts" | "guidance" => "forecast",
        "partner" | "partners" | "partnered" | "partnering" | "partnership" | "partnerships" => {
            "partner"
        }
        _ if FALL_WORDS.contains(&word) => "fall",
        _ => return None,
    };
    Some(name.to_owned())
}

impl Features {
    /// The model the headline is about: its first, unless every model it
    /// names is a rival it measures against.
    pub fn subject(&self) -> Option<&Model> {
        self.models.first().filter(|_| !self.rivals_only)
    }

    /// Adds a token the headline has not used yet, and notes it as
    /// background when only a trailing clause uses it; says whether it was new.
    fn add_token(&mut self, token: String, in_clause: bool) -> bool {
        if token.is_empty() || self.tokens.contains(&token) {
            return false;
        }
        if in_clause {
            self.background.push(token.clone());
        }
        self.tokens.push(token);
        true
    }
}

/// The words a title writes right before one of `marks`, as
/// `normalize::words` spells them: its owners before `POSSESSIVE` ("10" of
/// "Pixel 10's"), where a list divides before `COMMA` ("16" of "iPhone 16,
/// AirPods 4").
fn words_before(title: &str, marks: &[&str]) -> Vec<String> {
    if !marks.iter().any(|mark| title.contains(mark)) {
        return Vec::new();
    }
    title
        .split_whitespace()
        .filter_map(|chunk| marks.iter().find_map(|mark| chunk.strip_suffix(mark)))
        .filter_map(|before| normalize::words(before).pop())
        .collect()
}

const POSSESSIVE: &[&str] = &["'s", "’s"];
const COMMA: &[&str] = &[","];

/// Where a digest's second topic starts: ", and" before what a company
/// the headline has not named yet owns ("The Download: OpenAI's reasoning
/// model, and Apple's iPhone 16 hearing aids"). Like a trailing clause, it
/// is not what the headline is first about. Not the end of a list ("Apple,
/// Google, and Meta"), nor more news of a company named before ("Amazon
/// abandons iRobot deal, and iRobot lays off 31 percent of staff").
/// `possessives` and `before_commas` are `words_before` the title's
/// `POSSESSIVE` and `COMMA`.
fn second_topic(words: &[String], possessives: &[String], before_commas: &[String]) -> usize {
    (1..words.len().saturating_sub(1))
        .find(|&at| {
            let owner = &words[at + 1];
            words[at] == "and"
                && before_commas.contains(&words[at - 1])
                && possessives.contains(owner)
                && company_of(owner).is_some_and(|company| {
                    words[..at].iter().any(|word| company_of(word).is_some())
                        && !words[..at]
                            .iter()
                            .any(|word| company_of(word) == Some(company))
                })
        })
        .unwrap_or(words.len())
}

/// Whether the words just before `start` make what starts there the rival a
/// headline measures against: "beat OpenAI's GPT-4", "takes on the iPhone".
fn is_compared_against(words: &[String], start: usize) -> bool {
    const BEFORE: &[&str] = &[
        "beat",
        "beats",
        "beating",
        "overtakes",
        "overtaking",
        "overtook",
        // "Nvidia passes Apple as most valuable company"; before a number,
        // "passes" reaches a mark instead.
        "passes",
        "passing",
        "dethrones",
        "outperforming",
        "surpassing",
        "challenging",
        "rival",
        "rivals",
        "rivaling",
        "than",
        "outperform",
        "outperforms",
        "surpass",
        "surpasses",
        "challenge",
        "challenges",
        "against",
    ];
    let before = &words[start.saturating_sub(3)..start];
    // "the case against Coinbase", "rules against Google": the party a
    // case is against is whose news it is, no rival.
    let party_to_a_case = |at: usize| {
        let against = start - before.len() + at;
        before[at] == "against"
            && against.checked_sub(1).is_some_and(|previous| {
                let previous = words[previous].as_str();
                CASES.contains(&previous)
                    || matches!(
                        previous,
                        "suits"
                            | "allegations"
                            | "ruling"
                            | "rules"
                            | "ruled"
                            | "complaint"
                            | "complaints"
                            | "action"
                            | "verdict"
                            | "judgment"
                            | "injunction"
                            | "filed"
                            | "brought"
                            | "decision"
                            | "decides"
                            | "decided"
                            | "probe"
                            | "fight"
                    )
            })
    };
    // "GM joins Ford in adopting Tesla's plug", "Volvo follows Ford and GM
    // in dropping ...": the ones joined did it before; not "Altman joins
    // Microsoft" nor "Jony Ive joins OpenAI in $6.5 billion deal".
    let joined = words[start.saturating_sub(6)..start]
        .iter()
        .any(|word| matches!(word.as_str(), "joins" | "joined" | "follows" | "followed"))
        && words[start..]
            .windows(2)
            .take(4)
            .any(|pair| pair[0] == "in" && pair[1].ends_with("ing"));
    // "Google debuts Gemini, a GPT-4 rival", "a ChatGPT competitor": the
    // name before the noun is the rival, though the model's number or
    // modifiers come between.
    let rival_after = words[start + 1..]
        .iter()
        .take(3)
        .position(|word| {
            matches!(
                word.as_str(),
                "rival" | "rivals" | "competitor" | "competitors" | "challenger" | "killer"
            )
        })
        .is_some_and(|at| {
            words[start + 1..start + 1 + at].iter().all(|word| {
                is_small_number(word) || is_modifier(word) || is_alphanumeric_model(word)
            })
        });
    joined
        || rival_after
        || before
            .iter()
            .enumerate()
            .any(|(at, word)| BEFORE.contains(&word.as_str()) && !party_to_a_case(at))
        || before.windows(2).any(|pair| {
            matches!(
                (pair[0].as_str(), pair[1].as_str()),
                ("take" | "takes" | "taking", "on")
                    | ("answer" | "rival", "to")
                    | ("compete" | "competes" | "competing", "with")
            )
        })
}

/// "Two M1 Maxes", "the iPhone 15 Pros": a model in the plural is the model.
fn singular_modifiers(words: &mut [String]) {
    for index in 1..words.len() {
        let singular = match words[index].as_str() {
            "maxes" => "max",
            "pros" => "pro",
            "minis" => "mini",
            "ultras" => "ultra",
            "airs" => "air",
            _ => continue,
        };
        // "iPhone 15 Pros", "M1 Maxes", "MacBook Pros".
        let previous = &words[index - 1];
        if previous.bytes().any(|b| b.is_ascii_digit())
            || is_modifier(previous)
            || line_of(previous).is_some_and(|(_, brand)| !brand)
        {
            words[index] = singular.to_owned();
        }
    }
}

/// Splits "14pro" into "14", "pro" and "15promax" into "15", "pro", "max",
/// so that "Xiaomi 14Pro" and "Xiaomi 14 Pro" name the same model.
fn split_glued_modifiers(words: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    for word in words {
        let digits = word
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        let (number, rest) = word.split_at(digits);
        // "PS5" is the PlayStation 5, as others write it.
        if let Some(generation) = word.strip_prefix("ps")
            && generation.len() == 1
            && generation.bytes().all(|b| b.is_ascii_digit())
        {
            out.push("playstation".to_owned());
            out.push(generation.to_owned());
            continue;
        }
        // "Galaxy Z Fold7", "Book3", "Magic6", "Mate60": a line glued to its
        // number is the line and the number, as others write it ("Fold 7").
        // Radeon RX numbers start at 400: Sony's "RX100" and "RX10" cameras
        // are their own words.
        let letters = word.bytes().take_while(u8::is_ascii_alphabetic).count();
        if letters > 0
            && letters < word.len()
            && word[letters..].bytes().all(|b| b.is_ascii_digit())
            && (&word[..letters] == "book"
                || line_of(&word[..letters]).is_some_and(|(_, brand)| !brand))
            && !(&word[..letters] == "rx" && word[letters..].parse::<u32>().is_ok_and(|n| n < 400))
        {
            out.push(word[..letters].to_owned());
            out.push(word[letters..].to_owned());
            continue;
        }
        if let Some((model, generation)) = glued_generation(&word) {
            out.push(model.to_owned());
            out.push(generation.to_owned());
            continue;
        }
        // "PSVR 2", "PSVR2" and "PS VR2" are the PlayStation VR2, "PS Plus"
        // PlayStation Plus.
        if let Some(generation) = word.strip_prefix("psvr") {
            out.push("playstation".to_owned());
            out.push(format!("vr{generation}"));
            continue;
        }
        if word == "vr"
            && let Some(last) = out.last_mut()
            && last == "ps"
        {
            *last = "playstation".to_owned();
        }
        // "PlayStation VR 2" and "PSVR 2": the number glued to "VR".
        if word == "2"
            && out.len() >= 2
            && out[out.len() - 1] == "vr"
            && out[out.len() - 2] == "playstation"
        {
            out.last_mut().expect("checked above").push('2');
            continue;
        }
        if let Some(letters) = glued_version(&word) {
            out.push(word[..letters].to_owned());
            out.push(word[letters..].to_owned());
            continue;
        }
        let glued = digits > 0
            && !number.contains('.')
            && !rest.is_empty()
            && split_modifiers(rest).is_some();
        if glued {
            out.push(number.to_owned());
            out.extend(split_modifiers(rest).expect("checked above"));
        } else {
            out.push(word);
        }
    }
    for at in 0..out.len().saturating_sub(1) {
        if out[at] == "ps"
            && matches!(
                out[at + 1].as_str(),
                "vr" | "vr2" | "plus" | "portal" | "store"
            )
        {
            out[at] = "playstation".to_owned();
        }
    }
    out
}

/// Where the name ends in a name no table knows glued to its version, which
/// is the name and the version as others write it: "Qwen3" is "Qwen 3",
/// "Qwen2.5" "Qwen 2.5". Short names stay whole ("Web3", "H20").
fn glued_version(word: &str) -> Option<usize> {
    let letters = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    let version = &word[letters..];
    (letters >= 4
        && !version.is_empty()
        && word.is_ascii()
        && version.starts_with(|c: char| c.is_ascii_digit())
        && version.split('.').count() <= 2
        && version.split('.').all(|part| few_digits(part, 2)))
    .then_some(letters)
}

/// A camera's generation glued to its model, as makers write it and others
/// do not: "Z6III" is the "Z6 III", "G9II" the "G9 II", "X100VI" the
/// "X100 VI" and "GFX100SII" the "GFX100S II". The model is letters, a
/// number and at most one more letter; the generation a Roman numeral from
/// II to VIII ("X100V" keeps its "V", which is a letter as often).
fn glued_generation(word: &str) -> Option<(&str, &str)> {
    let letters = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = word[letters..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if !(1..=4).contains(&letters) || !(1..=3).contains(&digits) {
        return None;
    }
    let tail = &word[letters + digits..];
    // The longest numeral first: "Z6III" is the third, not "Z6I" the second.
    (2..=4.min(tail.len())).rev().find_map(|length| {
        // A tail of other scripts may not split where ASCII would.
        let (letter, numeral) = tail.split_at_checked(tail.len() - length)?;
        (letter.len() <= 1
            && letter.bytes().all(|b| b.is_ascii_lowercase())
            && roman_value(numeral).is_some_and(|value| value <= 8))
        .then(|| word.split_at(word.len() - length))
    })
}

/// "promax" gives ["pro", "max"]; text that is not all modifiers gives `None`.
fn split_modifiers(mut text: &str) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    while !text.is_empty() {
        let modifier = ["ultra", "plus", "pro", "max", "mini", "lite"]
            .iter()
            .find(|modifier| text.starts_with(**modifier))?;
        parts.push((*modifier).to_owned());
        text = &text[modifier.len()..];
    }
    Some(parts)
}

/// Where a trailing clause that gives the cause or the setting starts
/// ("Tesla shares jump after robotaxi launch", "... amid layoffs"), or past
/// the end when there is none. A headline that starts with one ("After the
/// outage, ...") has lost the comma that ends it, so only clauses after the
/// second word count.
fn background_clause(words: &[String]) -> usize {
    // "Nintendo Switch prices are going up, Switch 2 unaffected": the model
    // spared is the setting.
    let mut spared = words.len();
    if let [.., last] = words
        && matches!(
            last.as_str(),
            "unaffected" | "spared" | "exempt" | "excluded"
        )
    {
        let mut start = words.len() - 1;
        while start > 2
            && (is_small_number(&words[start - 1])
                || is_modifier(&words[start - 1])
                || is_alphanumeric_model(&words[start - 1]))
        {
            start -= 1;
        }
        if start > 2 && line_of(&words[start - 1]).is_some() {
            start -= 1;
        }
        if start < words.len() - 1 {
            spared = start;
        }
    }
    // "Nvidia shares fall as data center revenue disappoints", "Meta stock
    // sinks on spending plans": what moved the stock is its cause.
    let mut stock_moved = false;
    words
        .iter()
        .enumerate()
        .skip(2)
        .find(|&(index, word)| {
            let next = words.get(index + 1).map(String::as_str);
            let previous = words[index - 1].as_str();
            stock_moved |= matches!(previous, "shares" | "stock" | "stocks")
                && (RISE_WORDS.contains(&word.as_str()) || FALL_WORDS.contains(&word.as_str()));
            match word.as_str() {
                "after" | "amid" | "following" | "despite" | "before" => true,
                "as" | "on" if stock_moved => true,
                // "Instagram announces Edits as TikTok goes dark": another
                // company's news is the setting.
                "as" => {
                    next.is_some_and(|next| company_of(next).is_some())
                        && words.get(index + 2).is_some_and(|verb| {
                            matches!(verb.as_str(), "is" | "was" | "goes" | "went")
                                || verb.len() > 3 && (verb.ends_with("es") || verb.ends_with("ed"))
                        })
                        // "Terra blockchain halted as Luna price falls": a
                        // market's move is the setting.
                        || words[index + 1..].iter().take(3).any(|moved| {
                            FALL_WORDS.contains(&moved.as_str())
                                || RISE_WORDS.contains(&moved.as_str())
                        })
                }
                // "debuts in China ahead of global launch".
                "ahead" => next == Some("of"),
                // "will shut down due to API pricing", "because of", "thanks to".
                "due" | "thanks" => next == Some("to"),
                "because" => next == Some("of"),
                // "a retro camera inspired by the FM2": the model it recalls.
                "inspired" => next == Some("by"),
                // "new Nest cameras built for Gemini": what they are made to
                // work with, not news of it.
                "built" | "designed" | "made" => next == Some("for"),
                // "Gemini is finally coming to your Nest speakers": the
                // devices readers own are where the news lands.
                "to" | "on" => next == Some("your"),
                _ => false,
            }
        })
        .map_or(words.len(), |(index, _)| index)
        .min(spared)
}

/// Whether a headline gives a company's denial in its own words after its
/// name and a colon: "Valve: Steam systems not breached", "Nvidia: No
/// backdoors, no kill switches"; not "Report: Apple won't ...". `words` are
/// the headline's, whose first is the speaker's name.
fn speaker_denies(title: &str, words: &[String]) -> bool {
    let Some((speaker, _)) = title.split_once(": ") else {
        return false;
    };
    if speaker.contains(' ') {
        return false;
    }
    let speaker = normalize::words(speaker);
    let [speaker] = speaker.as_slice() else {
        return false;
    };
    if words.first() != Some(speaker)
        || MARKERS.contains(&speaker.as_str())
        || matches!(
            speaker.as_str(),
            "report" | "reports" | "rumor" | "rumour" | "leak" | "review" | "opinion" | "analysis"
        )
        || !title.starts_with(|c: char| c.is_uppercase())
    {
        return false;
    }
    words[1..].iter().take(5).any(|word| {
        matches!(
            word.as_str(),
            "not" | "no" | "never" | "wasn" | "isn" | "weren" | "aren" | "won" | "didn" | "doesn"
        )
    })
}

/// Whether a headline rules something out: "has no plans to raise prices",
/// "not considering a price increase", "won't be getting a price increase",
/// "rules out layoffs", "prices are staying the same".
fn rules_out(words: &[String]) -> bool {
    words.windows(2).enumerate().any(|(index, pair)| {
        match (pair[0].as_str(), pair[1].as_str()) {
            ("no", "plans" | "plan") | ("not", "considering" | "planning") => true,
            ("rules" | "ruled" | "rule", "out") => true,
            ("staying" | "stay" | "stays", "the") => {
                words.get(index + 2).is_some_and(|word| word == "same")
            }
            // "won't" is "won": the apostrophe ends the word.
            ("won" | "wont", _) => words[index + 1..].iter().take(5).any(|word| {
                matches!(
                    word.as_str(),
                    "raise" | "raising" | "increase" | "hike" | "cut" | "cutting"
                )
            }),
            _ => false,
        }
    })
}

/// Whether the merge at `index` joins products, not companies:
/// "PlayStation Plus and PlayStation Now are merging into one subscription",
/// "merging ChromeOS and Android into a single platform".
fn products_merge(words: &[String], index: usize) -> bool {
    let after = &words[index + 1..];
    after
        .iter()
        .take(6)
        .position(|word| word == "into")
        .is_some_and(|into| {
            after[into + 1..].iter().take(3).any(|word| {
                matches!(
                    word.as_str(),
                    "subscription" | "app" | "service" | "platform" | "plan" | "os" | "tier"
                )
            })
        })
}

/// The phase of a deal a headline tells, if it tells of a deal: an offer
/// ("Musk offers to buy Twitter", "makes $43 billion bid"), talks ("in talks
/// to buy Wiz", "nears deal"), an agreement ("agrees to buy", "accepts",
/// "Microsoft to buy Activision"), or the deal closed ("completes", "closes
/// its acquisition", "now owns"). A headline that names a purchase and no
/// phase tells of the agreement, unless a regulator, a court or a rumour is
/// its news. `events` are those already found (a rejection is a `BLOCK`).
fn deal_phase(words: &[String], events: Events) -> Events {
    use event::*;
    // "cases you can buy right now", "should you buy", "where to buy": a
    // shopper's purchase, not a company's.
    let shopping = |index: usize| {
        let before = |back: usize| index.checked_sub(back).map(|at| words[at].as_str());
        matches!(before(1), Some("you" | "can" | "should" | "worth"))
            || before(1) == Some("to") && matches!(before(2), Some("where" | "how" | "what"))
    };
    // Two companies that merge or combine make a deal as a purchase does:
    // "Charter to combine with Cox in $34.5 billion deal", "Charter and Cox
    // are merging".
    let merging = |index: usize| match words[index].as_str() {
        "merge" | "merges" | "merging" => !products_merge(words, index),
        "combine" | "combines" | "combining" => {
            words.get(index + 1).is_some_and(|next| next == "with")
        }
        _ => false,
    };
    // "China bans tech companies from buying Nvidia's AI chips": goods
    // bought, not a company; but "to buy chip startup Enfabrica" is one.
    let goods = |index: usize| {
        let after = &words[index + 1..];
        after.iter().take(4).enumerate().any(|(at, word)| {
            matches!(
                word.as_str(),
                "chip"
                    | "chips"
                    | "gpu"
                    | "gpus"
                    | "processors"
                    | "accelerators"
                    | "servers"
                    | "phones"
                    | "smartphones"
                    | "cars"
                    | "vehicles"
                    | "trucks"
                    | "ads"
                    | "satellites"
                    | "drones"
                    | "weapons"
                    | "power"
                    | "electricity"
            ) && !after.get(at + 1).is_some_and(|next| {
                matches!(
                    next.as_str(),
                    "startup"
                        | "startups"
                        | "maker"
                        | "makers"
                        | "designer"
                        | "firm"
                        | "company"
                        | "business"
                        | "unit"
                        | "division"
                        | "developer"
                        | "supplier"
                )
            })
        })
    };
    let purchase = words.iter().enumerate().any(|(index, word)| {
        (is_purchase(word) && !shopping(index) && !goods(index))
            || word == "buyout"
            || merging(index)
    });
    let deal = purchase
        || words.iter().enumerate().any(|(index, word)| {
            matches!(word.as_str(), "deal" | "deals" | "merger" | "offer" | "bid")
                || word == "merge" && !products_merge(words, index)
        });
    let mut phase = 0;
    for (index, word) in words.iter().enumerate() {
        let previous = index.checked_sub(1).map(|before| words[before].as_str());
        let next = words.get(index + 1).map(String::as_str);
        phase |= match word.as_str() {
            // "now owns" is the deal closed whether or not it says "deal".
            "owns" if previous == Some("now") => CLOSING,
            _ if !deal => 0,
            // "bid to buy" is an offer; "FTC bid to block the deal" is not.
            "bid" | "bids"
                if next == Some("to")
                    && words.get(index + 2).is_some_and(|verb| !is_purchase(verb)) =>
            {
                0
            }
            "offer" | "offers" | "offered" | "bid" | "bids" | "bidding" | "proposes" => OFFER,
            "wants" if next == Some("to") => OFFER,
            "talks" | "nears" | "negotiating" | "negotiations" | "exploring" | "considering" => {
                TALKS
            }
            // "plans to pursue a merger"; not "will pursue IPO".
            "pursue" | "pursues" | "pursuing"
                if words[index + 1..].iter().take(2).any(|after| {
                    matches!(
                        after.as_str(),
                        "merger" | "deal" | "acquisition" | "takeover"
                    )
                }) =>
            {
                TALKS
            }
            "agree" | "agrees" | "agreed" | "accepts" | "accepted" | "clinches" | "seals"
            | "strikes" => AGREEMENT,
            // "Paramount and Skydance reach merger agreement".
            "reach" | "reaches" | "reached"
                if words[index + 1..]
                    .iter()
                    .take(3)
                    .any(|after| matches!(after.as_str(), "agreement" | "deal")) =>
            {
                AGREEMENT
            }
            // "IBM confirms $6.4 billion deal for HashiCorp": the deal agreed.
            "confirms" | "confirmed"
                if words[index + 1..].iter().take(4).any(|after| {
                    matches!(
                        after.as_str(),
                        "deal" | "acquisition" | "merger" | "takeover" | "buyout"
                    )
                }) =>
            {
                AGREEMENT
            }
            "completes" | "completed" | "complete" | "closes" | "closed" | "finalizes"
            | "finalized" | "finalises" => CLOSING,
            // "merger talks collapse amid SK Hynix opposition".
            "collapse" | "collapses" | "collapsed" | "abandons" | "abandoned" | "abandon"
            | "terminates" | "terminated" | "terminate" | "scraps" | "scrapped" | "scrap"
            | "cancels" | "canceled" | "cancelled" => BLOCK,
            "call" | "calls" | "called" | "calling" if next == Some("off") => BLOCK,
            "pulls" | "pulled" | "backs" | "backed" if next == Some("out") => BLOCK,
            // "Binance is no longer buying FTX" (read as "stop buying").
            "stop"
                if words[index + 1..]
                    .iter()
                    .take(2)
                    .any(|after| is_purchase(after)) =>
            {
                BLOCK
            }
            // "The Adobe-Figma deal is dead", "Nvidia's takeover of Arm is
            // off"; not "Humane's AI Pin is dead, as HP buys its assets".
            "dead" | "off"
                if matches!(previous, Some("is" | "now" | "officially"))
                    && words[..index].iter().any(|before| {
                        is_purchase(before)
                            || matches!(before.as_str(), "deal" | "merger" | "bid" | "offer")
                    }) =>
            {
                BLOCK
            }
            // "Amazon drops iRobot acquisition", "ends its bid"; not "shares
            // drop on the deal".
            "drops" | "dropped" | "drop" | "ends" | "ended" | "end"
                if words[index + 1..].iter().take(3).any(|after| {
                    is_purchase(after)
                        || matches!(after.as_str(), "deal" | "bid" | "merger" | "offer" | "plan")
                }) && !matches!(next, Some("on" | "after" | "as" | "in")) =>
            {
                BLOCK
            }
            _ => 0,
        };
    }
    let told = phase | (events & (BLOCK | APPROVAL | LEGAL | RUMOR));
    if purchase && told == 0 {
        phase = AGREEMENT;
    }
    if deal && phase == 0 && events & LEGAL != 0 && events & (BLOCK | APPROVAL) == 0 {
        phase = DEAL_REVIEW;
    }
    // An offer accepted is the agreement.
    if phase & AGREEMENT != 0 {
        phase &= !OFFER;
    }
    phase
}

/// Phrases others write as one word: "blue screen of death" is "BSOD".
const PHRASES: &[(&[&str], &str)] = &[
    (&["blue", "screen", "of", "death"], "bsod"),
    (&["blue", "screens", "of", "death"], "bsod"),
    (&["blue", "screen"], "bsod"),
    (&["blue", "screens"], "bsod"),
    (&["chief", "executive"], "ceo"),
    // A quarter by its ordinal is the "Q2" others write: "second-quarter
    // profit misses" is "Q2 earnings fall short".
    (&["first", "quarter"], "q1"),
    (&["second", "quarter"], "q2"),
    (&["third", "quarter"], "q3"),
    (&["fourth", "quarter"], "q4"),
    (&["general", "motors"], "gm"),
    // Microsoft's editor, not a comparison: "free for VS Code users".
    (&["visual", "studio", "code"], "vscode"),
    (&["vs", "code"], "vscode"),
    (&["sign", "ups"], "signups"),
    // A class action is a lawsuit: "HP faces class action over printer
    // firmware" is "HP sued over firmware updates".
    (&["class", "action"], "lawsuit"),
    (&["class", "actions"], "lawsuits"),
    // "to plant spyware" is no factory.
    (&["to", "plant"], "implant"),
    // An "all-time high" is a record.
    (&["all", "time"], "record"),
    // An IPO's first day is its debut, and the exchange is the NYSE.
    (&["first", "day", "of", "trading"], "debut"),
    (&["new", "york", "stock", "exchange"], "nyse"),
    // A kind of backlight, not a smaller model: "Hisense U8N Mini LED TV".
    (&["mini", "led"], "miniled"),
    (&["mini", "leds"], "miniled"),
    (&["micro", "led"], "microled"),
    // Google's car platform is one name, as CarPlay is: "Gemini is coming
    // to Android Auto" is not "Gemini is coming to Wear OS smartwatches".
    (&["android", "auto"], "androidauto"),
    // Tesla's "Full Self-Driving" is the "FSD" other outlets write.
    (&["full", "self", "driving"], "fsd"),
    // "Airtel ties up with SpaceX" partners with it; a "tie-up" is a
    // partnership.
    (&["ties", "up"], "partners"),
    (&["islamic", "state"], "isis"),
    // "Arduino's new ToS", "new terms of service"; Firefox's "terms of use".
    (&["terms", "of", "service"], "tos"),
    (&["terms", "of", "use"], "tos"),
    // Eyebrows or concerns raised are worries, not anything that rose.
    (&["raises", "eyebrows"], "concerns"),
    (&["raise", "eyebrows"], "concerns"),
    (&["raised", "eyebrows"], "concerns"),
    (&["raises", "concerns"], "concerns"),
    (&["raise", "concerns"], "concerns"),
    (&["raised", "concerns"], "concerns"),
    // "Wi Fi 7" is the "Wi-Fi 7" `normalize::words` joins.
    (&["wi", "fi"], "wifi"),
    // "Nokia snaps up Infinera" buys it.
    (&["snaps", "up"], "buys"),
    (&["snap", "up"], "buy"),
    (&["snapped", "up"], "bought"),
    (&["tie", "up"], "partnership"),
    (&["tied", "up"], "partnered"),
    // A regulator's "green light" is its approval.
    (&["green", "light"], "approval"),
    (&["green", "lights"], "approves"),
    (&["green", "lit"], "approved"),
    // "10 per cent", as British outlets write "10%".
    (&["per", "cent"], "percent"),
    // A feature, as "ANC" is, not anything cancelled.
    (&["noise", "cancellation"], "anc"),
    (&["noise", "canceling"], "anc"),
    (&["noise", "cancelling"], "anc"),
    // "files for Chapter 11 bankruptcy protection" is the bankruptcy.
    (&["chapter", "11"], "bankruptcy"),
    // A charge on the books, written in two words.
    (&["write", "down"], "writedown"),
    (&["writes", "down"], "writedown"),
    (&["write", "downs"], "writedowns"),
    (&["write", "off"], "writeoff"),
    (&["writes", "off"], "writeoff"),
    (&["write", "offs"], "writeoffs"),
    // A deal that "falls apart" collapses; it is no fall in price.
    (&["falls", "apart"], "collapses"),
    (&["fell", "apart"], "collapsed"),
    // "Waymo granted permission to operate robotaxis in Los Angeles".
    (&["granted", "permission"], "approved"),
    (&["grants", "permission"], "approves"),
    // "expansion plans put on hold", "puts its IPO on hold": halted.
    (&["on", "hold"], "halted"),
    // "GM pulls the plug on Cruise robotaxis": it ends them.
    (&["pulls", "the", "plug"], "kills"),
    (&["pulled", "the", "plug"], "kills"),
    (&["pull", "the", "plug"], "kills"),
    (&["pulling", "the", "plug"], "killing"),
    // Tesla's plug, the North American Charging Standard, as headlines
    // call it: "NACS", "Tesla's charging standard", "charging connector".
    (&["charging", "standard"], "nacs"),
    (&["charging", "connector"], "nacs"),
    // "the US Defense Department", "the Department of Defense", "DoD".
    (&["defense", "department"], "pentagon"),
    (&["department", "of", "defense"], "pentagon"),
    (&["cybersecurity", "incident"], "hack"),
    (&["security", "incident"], "hack"),
    (&["cyber", "incident"], "hack"),
    (&["cyber", "attack"], "hack"),
    (&["cyber", "attacks"], "hack"),
    (&["amazon", "web", "services"], "aws"),
    // "Wear OS 6" is a release of Google's watch system, as "HyperOS 2" is.
    (&["wear", "os"], "wearos"),
    (&["playstation", "network"], "psn"),
    // "GIMP 3.0 Release Candidate 1" is its "RC1".
    (&["release", "candidate"], "rc"),
    (&["rc", "1"], "rc1"),
    (&["rc", "2"], "rc2"),
    (&["rc", "3"], "rc3"),
    (&["rc", "4"], "rc4"),
    (&["rc", "5"], "rc5"),
    // The console outlets also write "N64".
    (&["nintendo", "64"], "n64"),
    // "no longer requires a PSN account" takes the requirement back (and
    // comes before the rule below).
    (&["no", "longer", "requires"], "reverses"),
    (&["no", "longer", "require"], "reverse"),
    // "Canada is no longer trying to ban the Flipper Zero" backs down on
    // the plan.
    (&["no", "longer", "trying", "to"], "reverses"),
    // "will no longer report" is "will stop reporting"; "phases out its
    // Basic plan" discontinues it.
    (&["no", "longer"], "stop"),
    (&["phase", "out"], "discontinue"),
    (&["phases", "out"], "discontinues"),
    (&["phasing", "out"], "discontinuing"),
    (&["phased", "out"], "discontinued"),
    (&["u", "turn"], "uturn"),
    // "X is getting rid of the block feature" is "X will remove blocking".
    (&["getting", "rid", "of"], "removing"),
    (&["gets", "rid", "of"], "removes"),
    (&["get", "rid", "of"], "remove"),
    (&["got", "rid", "of"], "removed"),
    // Verification marks, as outlets write them.
    (&["blue", "checkmarks"], "bluecheck"),
    (&["blue", "checkmark"], "bluecheck"),
    (&["blue", "checks"], "bluecheck"),
    (&["blue", "check"], "bluecheck"),
    (&["blue", "ticks"], "bluecheck"),
    (&["blue", "tick"], "bluecheck"),
    // "Ray-Ban" is a name, not a ban.
    (&["ray", "ban"], "rayban"),
    (&["ray", "bans"], "rayban"),
    // Cities as outlets shorten them.
    (&["los", "angeles"], "la"),
    (&["san", "francisco"], "sf"),
    // Handhelds named by two words: "Legion Go 2", "Legion Go S".
    (&["legion", "go"], "legiongo"),
    // "ChatGPT is available again in Italy", "is back in Italy".
    (&["available", "again"], "return"),
    (&["accessible", "again"], "return"),
    // "Today is Stadia's last day" is the day it shuts down.
    (&["last", "day"], "shutdown"),
    (&["final", "day"], "shutdown"),
    // Companies of two words, as one name ("EA" is "Electronic Arts").
    (&["electronic", "arts"], "ea"),
    (&["stability", "ai"], "stabilityai"),
    (&["hugging", "face"], "huggingface"),
    (&["scale", "ai"], "scaleai"),
    (&["character", "ai"], "characterai"),
    (&["take", "two"], "taketwo"),
    (&["red", "hat"], "redhat"),
    (&["palo", "alto", "networks"], "paloalto"),
    (&["western", "digital"], "westerndigital"),
    (&["applied", "materials"], "appliedmaterials"),
    (&["blue", "origin"], "blueorigin"),
    (&["square", "enix"], "squareenix"),
    (&["match", "group"], "matchgroup"),
    // Airlines, whose names hold a country or a state: "Air France" is no
    // news of France, "Alaska Airlines" none of Alaska.
    (&["united", "airlines"], "united"),
    (&["delta", "airlines"], "delta"),
    (&["american", "airlines"], "americanairlines"),
    (&["alaska", "airlines"], "alaskaairlines"),
    (&["southwest", "airlines"], "southwest"),
    (&["delta", "air", "lines"], "delta"),
    (&["air", "france"], "airfrance"),
    // Britain's retailers: "Co-op" is one name (a company only where
    // written as one, not "co-op mode"), and "Marks & Spencer" the "M&S"
    // others write.
    (&["co", "op"], "coop"),
    (&["marks", "spencer"], "ms"),
    (&["qatar", "airways"], "qatarairways"),
    (&["british", "airways"], "britishairways"),
    // An app's own payments, no acquisition: "Apple forces Patreon to
    // switch creators to its in-app purchases".
    (&["in", "app", "purchase"], "iap"),
    (&["in", "app", "purchases"], "iap"),
    (&["in", "app", "payments"], "iap"),
    // The racing series, as "F1".
    (&["formula", "1"], "f1"),
    (&["formula", "one"], "f1"),
    (&["bandai", "namco"], "bandainamco"),
    (&["rocket", "lab"], "rocketlab"),
    (&["t", "mobile"], "tmobile"),
    (&["unity", "software"], "unity"),
    (&["unity", "technologies"], "unity"),
    // Games known by their initials.
    (&["grand", "theft", "auto"], "gta"),
    // Names outlets write out or shorten: "Silicon Valley Bank" is "SVB".
    (&["silicon", "valley", "bank"], "svb"),
    (&["department", "of", "justice"], "doj"),
    (&["justice", "department"], "doj"),
    (&["federal", "trade", "commission"], "ftc"),
    (&["securities", "and", "exchange", "commission"], "sec"),
    (&["competition", "and", "markets", "authority"], "cma"),
    (&["european", "commission"], "eu"),
    (&["united", "launch", "alliance"], "ula"),
    (&["new", "york", "times"], "nyt"),
    (&["wall", "street", "journal"], "wsj"),
    (&["artificial", "intelligence"], "ai"),
    (&["release", "candidate"], "rc"),
    // "Nvidia sheds $600 billion in market cap" is a move of its stock
    // ("market value" meets "worth" instead).
    (&["market", "cap"], "stock"),
    (&["market", "capitalization"], "stock"),
    // "splash down", "returns to Earth", "comes home": a crew back.
    (&["splash", "down"], "return"),
    (&["splashes", "down"], "return"),
    (&["splashed", "down"], "return"),
    (&["comes", "home"], "return"),
    // "Fedora Linux 42" is Fedora 42, not Linux 42.
    (&["fedora", "linux"], "fedora"),
    // A price that falls to nothing: "Luna is now worth almost nothing",
    // "collapses to near zero".
    (&["worth", "almost", "nothing"], "plunges"),
    (&["worth", "nothing"], "plunges"),
    (&["near", "zero"], "plunges"),
    // A ransomware gang's "data leak site" is where it shames its victims,
    // no product's leak.
    (&["leak", "site"], "leaksite"),
    (&["leak", "sites"], "leaksite"),
    // The EU's laws as outlets shorten them.
    (&["digital", "markets", "act"], "dma"),
    (&["digital", "services", "act"], "dsa"),
    (&["three", "arrows", "capital"], "3ac"),
    (&["three", "arrows"], "3ac"),
    // Ethereum's switch to proof of stake, "the Merge": a name, not two
    // companies merging.
    (&["the", "merge"], "themerge"),
];

/// Writes versions as their announcements do: "Python 3.13.0" is Python
/// 3.13, "OBS Studio 30.0" OBS Studio 30, and "the 6.12 kernel" is "kernel
/// 6.12", the Linux 6.12.
fn canonical_versions(words: &mut [String]) {
    for index in 0..words.len() {
        let word = &words[index];
        if !word.contains('.') || !is_small_number(word) {
            continue;
        }
        // "One UI 6.0" is "One UI 6", "HyperOS 2.0" "HyperOS 2": a system's
        // major release is written with and without its ".0".
        let after_system = index > 0
            && (words[index - 1] == "ui"
                || words[index - 1].ends_with("os")
                || SOFTWARE_LINES.contains(&words[index - 1].as_str()));
        // A release numbered 10 or more is too: "OBS Studio 30.0" is "OBS
        // Studio 30". ("Gemini 2.0" is not "Gemini 2".)
        let high = word.split('.').next().is_some_and(|major| major.len() >= 2);
        if (word.matches('.').count() == 2
            || (after_system || high) && word.matches('.').count() == 1)
            && let Some(release) = word.strip_suffix(".0")
        {
            words[index] = release.to_owned();
        }
        if words.get(index + 1).is_some_and(|next| next == "kernel") {
            words.swap(index, index + 1);
        }
    }
}

/// Writes a Roman numeral after a name as the number others write: "Grand
/// Theft Auto VI" is "GTA 6", "Diablo IV" is "Diablo 4". Not "I", "V" or "X",
/// which are words and names of their own, nor "Xi".
fn arabic_numerals(words: &mut [String]) {
    for index in 1..words.len() {
        let after_name = !is_stopword(&words[index - 1])
            && words[index - 1].bytes().all(|b| b.is_ascii_alphabetic());
        if let Some(value) = roman_value(&words[index])
            && after_name
        {
            words[index] = value.to_string();
        }
    }
}

/// The value of a Roman numeral that names a generation or a sequel, from
/// II to XIX; not "i", "v" or "x", which are words and letters too.
fn roman_value(word: &str) -> Option<u8> {
    const NUMERALS: &[&str] = &[
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
        "xviii", "xix",
    ];
    const VALUES: &[u8] = &[2, 3, 4, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 19];
    NUMERALS
        .iter()
        .position(|numeral| *numeral == word)
        .map(|at| VALUES[at])
}

/// The generation written after a model, and how many words it takes:
/// "Mark II" ("mark 2" by now) and a Roman numeral after a model number
/// ("Sony a9 III", "Xperia 1 VI", "GFX100S II") are the model's
/// generation, as "R5 Mark II" is not the R5. A "V" is the fifth only
/// right after a number and where nothing else to compare follows
/// ("Xperia 1 V review", not "iPhone 15 v Pixel 8", "S24 Ultra v 15 Pro
/// Max" or "Pixel 8 v the iPhone 15").
fn generation_after(words: &[String], index: usize) -> Option<(String, usize)> {
    let word = words[index].as_str();
    let next = words.get(index + 1).map(String::as_str);
    if matches!(word, "mark" | "mk")
        && let Some(number) = next.filter(|next| {
            next.len() <= 2 && next.bytes().all(|b| b.is_ascii_digit()) && *next != "0"
        })
    {
        return Some((number.to_owned(), 2));
    }
    if let Some(value) = roman_value(word) {
        return Some((value.to_string(), 1));
    }
    let after_number = words[index - 1].bytes().any(|b| b.is_ascii_digit());
    let compared_follows = next.is_some_and(|next| {
        line_of(next).is_some()
            || company_of(next).is_some()
            || is_alphanumeric_model(next)
            || is_small_number(next)
            || matches!(next, "the" | "a" | "an" | "its" | "new")
    });
    (word == "v" && after_number && !compared_follows).then(|| ("5".to_owned(), 1))
}

/// Verbs that tell a launch, for the launched name (`launched_name`) and a
/// teaser that tells none.
const LAUNCH_VERBS: &[&str] = &[
    "unveils",
    "unveiled",
    "announces",
    "announced",
    "launches",
    "launched",
    "debuts",
    "introduces",
    "introduced",
    "releases",
    "released",
];

/// Tesla's cars, named "Model" and a digit or a capital letter: "Model 3",
/// "Model Y Performance", "Model S Plaid". "Model 3" is not "Model Y", though
/// the headlines share every other word ("Tesla recalls Model Y over seat
/// belt warning"). Only as the title writes them, so "an AI model 3 times
/// faster" names none.
fn tesla_models(title: &str, words: &[String]) -> Vec<(usize, usize, Model)> {
    let written = |letter: &str| {
        title.match_indices("Model ").any(|(at, _)| {
            let rest = &title[at + "Model ".len()..];
            rest.starts_with(&letter.to_ascii_uppercase())
                && !rest[1..].starts_with(char::is_alphanumeric)
        })
    };
    let mut found = Vec::new();
    for (index, pair) in words.windows(2).enumerate() {
        let letter = pair[1].as_str();
        if pair[0] != "model" || !matches!(letter, "3" | "s" | "x" | "y") || !written(letter) {
            continue;
        }
        let mut core = format!("model {letter}");
        let mut end = index + 2;
        if let Some(variant) = words
            .get(end)
            .filter(|word| matches!(word.as_str(), "performance" | "plaid" | "standard"))
        {
            core = format!("{core} {variant}");
            end += 1;
        }
        // The word "Model" stays a word of its own, as a line's name does.
        found.push((
            index + 1,
            end,
            Model {
                line: Some("tesla"),
                core,
                family: false,
            },
        ));
    }
    found
}

/// A macOS release named by its place is its number, as others write it:
/// "macOS Tahoe", "macOS Tahoe 26" and "macOS 26 Tahoe" are all "macOS
/// 26", and "macOS Sonoma" is "macOS 14".
fn macos_numbers(words: &mut Vec<String>) {
    const NAMES: &[(&str, &str)] = &[
        ("monterey", "12"),
        ("ventura", "13"),
        ("sonoma", "14"),
        ("sequoia", "15"),
        ("tahoe", "26"),
    ];
    let mut index = 0;
    while index + 1 < words.len() {
        if words[index] == "macos" {
            let number_of = |word: &str| {
                NAMES
                    .iter()
                    .find(|(name, _)| *name == word)
                    .map(|(_, number)| *number)
            };
            if let Some(number) = number_of(&words[index + 1]) {
                words[index + 1] = number.to_owned();
                if words.get(index + 2).is_some_and(|next| next == number) {
                    words.remove(index + 2);
                }
            } else if words
                .get(index + 2)
                .and_then(|name| number_of(name))
                .is_some_and(|number| words[index + 1] == number)
            {
                words.remove(index + 2);
            }
        }
        index += 1;
    }
}

fn is_beta(word: Option<&String>) -> bool {
    word.is_some_and(|word| matches!(word.as_str(), "beta" | "betas"))
}

/// "beta", "developer beta", "public betas" at `index`: how many words, and
/// whether the beta is the public one.
fn beta_stage(words: &[String], index: usize) -> Option<(usize, bool)> {
    let kind = words.get(index)?;
    let public = kind == "public";
    let skip = usize::from(public || kind == "developer");
    // "Windows 11 Beta Channel build 22635" names where Insiders get builds,
    // not a beta of Windows 11.
    let channel = words
        .get(index + skip + 1)
        .is_some_and(|next| next == "channel");
    (is_beta(words.get(index + skip)) && !channel).then_some((skip + 1, public))
}

/// Joins the series word some makers write between their line and the
/// number, as other outlets glue it: "Nord CE 3" is the "Nord CE3" and not
/// the "Nord 3", "Motorola Edge 40" the "Edge40" and not the "Razr 40".
fn join_series_numbers(words: &mut Vec<String>) {
    const SERIES: &[(&str, &[&str])] = &[("ce", &["nord"]), ("edge", &["motorola", "moto"])];
    let mut index = 1;
    while index + 1 < words.len() {
        let joins = SERIES.iter().any(|(series, after)| {
            words[index] == *series && after.contains(&words[index - 1].as_str())
        }) && is_small_number(&words[index + 1]);
        if joins {
            let number = words.remove(index + 1);
            words[index].push_str(&number);
        }
        index += 1;
    }
}

/// Joins a capital letter and the number after it, as other outlets write
/// the model: "Zenbook S 14" is the "Zenbook S14", "Galaxy S 24" the "Galaxy
/// S24". Not "A" or "I", which are words, nor a year ("Model S 2024").
fn join_letter_numbers(title: &str, words: &mut Vec<String>) {
    let mut pairs: Vec<(String, &str)> = Vec::new();
    for (first, second) in side_by_side(title) {
        let [letter] = first.as_bytes() else {
            continue;
        };
        if letter.is_ascii_uppercase() && !matches!(letter, b'A' | b'I') && few_digits(second, 3) {
            pairs.push((first.to_ascii_lowercase(), second));
        }
    }
    if pairs.is_empty() {
        return;
    }
    let mut index = 0;
    while index + 1 < words.len() {
        if pairs
            .iter()
            .any(|(letter, number)| words[index] == *letter && words[index + 1] == *number)
        {
            let number = words.remove(index + 1);
            words[index].push_str(&number);
        }
        index += 1;
    }
}

/// The words of a title as written, each with the one after it.
fn side_by_side(title: &str) -> impl Iterator<Item = (&str, &str)> {
    title
        .split_whitespace()
        .zip(title.split_whitespace().skip(1))
}

/// Whether `word` is one to `most` ASCII digits: the "14" of "S 14", the
/// "7" of "7x".
fn few_digits(word: &str, most: usize) -> bool {
    (1..=most).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Writes the test build an ordinal numbers after its release, as outlets
/// that number it write it: "second beta of iOS 18.2", "Second Betas of iOS
/// 18.2 and iPadOS 18.2", "second iOS 18.2 developer beta" and "iOS 18.2's
/// second beta" are "iOS 18.2 beta 2". A developer's beta is the beta; a
/// public beta stays public.
fn beta_numbers(words: &mut Vec<String>) {
    fn release_at(words: &[String], index: usize) -> bool {
        words
            .get(index)
            .is_some_and(|line| SOFTWARE_LINES.contains(&line.as_str()))
            && words
                .get(index + 1)
                .is_some_and(|number| is_small_number(number))
    }
    fn stage(public: bool, nth: usize) -> Vec<String> {
        let mut stage = if public {
            vec!["public".to_owned()]
        } else {
            Vec::new()
        };
        stage.extend(["beta".to_owned(), nth.to_string()]);
        stage
    }
    if !words.iter().any(|word| is_beta(Some(word))) {
        return;
    }
    let mut index = 0;
    while index < words.len() {
        let Some(nth) = ORDINALS.iter().position(|ordinal| *ordinal == words[index]) else {
            index += 1;
            continue;
        };
        if let Some((length, public)) = beta_stage(words, index + 1)
            && words
                .get(index + 1 + length)
                .is_some_and(|word| word == "of")
            && release_at(words, index + 2 + length)
        {
            // "second beta of iOS 18.2", "Second Betas of iOS 18.2 and iPadOS 18.2"
            let mut release = index + 2 + length;
            let first = release;
            loop {
                words.splice(release + 2..release + 2, stage(public, nth + 1));
                release += 4 + usize::from(public);
                if !(words.get(release).is_some_and(|word| word == "and")
                    && release_at(words, release + 1))
                {
                    break;
                }
                release += 1;
            }
            words.drain(index..first);
        } else if release_at(words, index + 1)
            && let Some((length, public)) = beta_stage(words, index + 3)
        {
            // "second iOS 18.2 developer beta"
            words.splice(index + 3..index + 3 + length, stage(public, nth + 1));
            words.remove(index);
        } else if index >= 2
            && release_at(words, index - 2)
            && let Some((length, public)) = beta_stage(words, index + 1)
        {
            // "Android 15's first beta", "iOS 18's second developer beta"
            words.splice(index + 1..index + 1 + length, stage(public, nth + 1));
            words.remove(index);
        }
        index += 1;
    }
}

/// The first bytes and the lengths of a few words, to tell at once that a
/// word is none of them.
struct Shapes {
    first_bytes: [u64; 4],
    lengths: u64,
}

impl Shapes {
    fn of(words: &[String]) -> Shapes {
        let mut shapes = Shapes {
            first_bytes: [0; 4],
            lengths: 0,
        };
        for word in words {
            if let Some(&first) = word.as_bytes().first() {
                shapes.first_bytes[usize::from(first >> 6)] |= 1 << (first & 63);
            }
            shapes.lengths |= 1 << word.len().min(63);
        }
        shapes
    }

    /// False when none of the words can be `word`.
    fn may_hold(&self, word: &str) -> bool {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        let first_seen =
            word.is_empty() || self.first_bytes[usize::from(first >> 6)] & 1 << (first & 63) != 0;
        first_seen && self.lengths & 1 << word.len().min(63) != 0
    }
}

/// A company that "reveals" a thing unveils it: "Tesla reveals Cybercab"
/// is its launch, and so is a maker no table knows revealing its first or
/// new products ("Core Devices reveals its first Pebble-like watches"). A
/// report, a leak or a filing that reveals one is not.
fn maker_reveals(words: &mut [String]) {
    for index in 1..words.len() {
        let unveils = match words[index].as_str() {
            "reveals" => "unveils",
            "revealed" => "unveiled",
            _ => continue,
        };
        let reporter = matches!(
            words[index - 1].as_str(),
            "report"
                | "leak"
                | "leaks"
                | "filing"
                | "study"
                | "survey"
                | "teardown"
                | "document"
                | "documents"
                | "listing"
                | "lawsuit"
                | "data"
                | "analysis"
                | "investigation"
        );
        let its_own = !reporter
            && words.get(index + 1).is_some_and(|next| next == "its")
            && words
                .get(index + 2)
                .is_some_and(|next| matches!(next.as_str(), "first" | "new" | "latest" | "next"));
        if company_of(&words[index - 1]).is_some() || its_own {
            words[index] = unveils.to_owned();
        }
    }
}

/// A price that crashes by a share or to a sum falls ("LUNA crashes 99%",
/// "bitcoin crashed to $17,000"); an app or a site that crashes is an outage.
/// A launch that slips or is pushed to a year or a month is delayed, not
/// falling.
/// "Ethereum's 'Merge'" is the upgrade's name, as "the Merge" is, and so is
/// a "Merge" capitalised inside a headline written in sentence case
/// (`sentence_case`, `capitals`).
fn words_in_context(title: &str, words: &mut [String], sentence_case: bool, capitals: &[String]) {
    for index in 0..words.len() {
        let next = words.get(index + 1).map(String::as_str);
        match words[index].as_str() {
            "crash" | "crashes" | "crashed" | "crashing"
                if next.is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()))
                    && words.get(index + 2).is_some_and(|unit| unit == "percent")
                    || next == Some("to")
                        && words.get(index + 2).is_some_and(|sum| {
                            sum.starts_with(|c: char| c.is_ascii_digit())
                                || matches!(sum.as_str(), "zero" | "near")
                        }) =>
            {
                words[index] = "plunges".to_owned();
            }
            // "Artemis II slips to 2026", "slides into next year", "Unpacked
            // pushed to February 25": a delay.
            "slips" | "slipped" | "slip" | "slides" | "slid" | "pushed" | "pushes"
                if matches!(next, Some("to" | "into" | "until"))
                    && words.get(index + 2).is_some_and(|when| {
                        is_year(when)
                            || month_of(when).is_some()
                            || matches!(when.as_str(), "next" | "later" | "early" | "late")
                    }) =>
            {
                words[index] = "delayed".to_owned();
            }
            "merge"
                if sentence_case && capitals.iter().any(|capital| capital == "merge") || {
                    let title = title.to_lowercase();
                    [
                        "'s merge",
                        "’s merge",
                        "'s 'merge",
                        "’s ‘merge",
                        "'merge'",
                        "‘merge’",
                    ]
                    .iter()
                    .any(|written| title.contains(written))
                } =>
            {
                words[index] = "themerge".to_owned();
            }
            _ => {}
        }
    }
}

fn rewrite_phrases(words: &mut Vec<String>) {
    // Each phrase, in the table's order, where the headline holds its first
    // word: most headlines hold none. A phrase's word only enters where a
    // phrase was, and may start a phrase further down the table.
    static BY_FIRST_WORD: Index<Vec<usize>> = Index::new(|| {
        let mut index: HashMap<&'static str, Vec<usize>, super::TokenHasher> = HashMap::default();
        for (at, (phrase, _)) in PHRASES.iter().enumerate() {
            index.entry(phrase[0]).or_default().push(at);
        }
        index
    });
    let mut pending: Vec<usize> = words
        .iter()
        .filter_map(|word| BY_FIRST_WORD.get(word.as_str()))
        .flatten()
        .copied()
        .collect();
    let mut done = None;
    loop {
        let Some(next) = pending
            .iter()
            .copied()
            .filter(|&at| done.is_none_or(|done| at > done))
            .min()
        else {
            return;
        };
        done = Some(next);
        let (phrase, word) = PHRASES[next];
        while let Some(start) = words
            .windows(phrase.len())
            .position(|window| window.iter().zip(phrase.iter()).all(|(a, b)| a == b))
        {
            words.splice(start..start + phrase.len(), [word.to_owned()]);
            if let Some(later) = BY_FIRST_WORD.get(word) {
                pending.extend(later);
            }
        }
    }
}

/// Removes editorial markers that say nothing about the story: "exclusive",
/// "breaking", "[update]" at the start.
fn drop_markers(words: &mut Vec<String>) {
    while words.len() > 2 && MARKERS.contains(&words[0].as_str()) {
        words.remove(0);
    }
    if words.len() > 2 && words[words.len() - 1] == "updated" {
        words.pop();
    }
}

const MARKERS: &[&str] = &[
    "exclusive",
    "breaking",
    "update",
    "updated",
    "video",
    "watch",
    "opinion",
    "deal",
];

/// Product lines: the word, its canonical name, and whether it is a brand
/// rather than a specific line (a brand is compatible with any line).
const LINES: &[(&str, &str, bool)] = &[
    ("iphone", "iphone", false),
    ("ipad", "ipad", false),
    ("ipod", "ipod", false),
    ("macbook", "macbook", false),
    ("imac", "imac", false),
    ("mac", "mac", false),
    ("pixel", "pixel", false),
    ("galaxy", "galaxy", false),
    ("samsung", "galaxy", true),
    ("xiaomi", "xiaomi", true),
    ("mi", "xiaomi", true),
    ("redmi", "redmi", false),
    ("poco", "poco", false),
    ("oneplus", "oneplus", true),
    ("nord", "nord", false),
    ("vivo", "vivo", true),
    ("iqoo", "iqoo", false),
    ("oppo", "oppo", true),
    ("reno", "reno", false),
    ("find", "find", false),
    ("realme", "realme", true),
    ("honor", "honor", true),
    ("magic", "magic", false),
    ("huawei", "huawei", true),
    ("mate", "mate", false),
    ("nova", "nova", false),
    ("pura", "pura", false),
    ("moto", "moto", false),
    ("razr", "razr", false),
    ("motorola", "moto", true),
    ("nokia", "nokia", true),
    ("lumia", "lumia", false),
    ("xperia", "xperia", false),
    ("sony", "sony", true),
    ("nexus", "nexus", false),
    ("phone", "phone", false),
    ("snapdragon", "snapdragon", false),
    ("dimensity", "dimensity", false),
    ("exynos", "exynos", false),
    ("tensor", "tensor", false),
    ("helio", "helio", false),
    ("kirin", "kirin", false),
    ("android", "android", false),
    ("ios", "ios", false),
    ("ipados", "ipados", false),
    ("macos", "macos", false),
    ("watchos", "watchos", false),
    ("hyperos", "hyperos", false),
    ("wearos", "wearos", false),
    ("miui", "miui", false),
    ("ui", "oneui", false),
    ("windows", "windows", false),
    ("xbox", "xbox", false),
    ("playstation", "playstation", false),
    ("switch", "switch", false),
    ("note", "note", false),
    ("fold", "fold", false),
    ("flip", "flip", false),
    ("tab", "tab", false),
    ("watch", "watch", false),
    ("buds", "buds", false),
    ("pad", "pad", false),
    ("surface", "surface", false),
    ("legiongo", "legiongo", false),
    ("ally", "ally", false),
    // "Realme GT 6" and "GT 6T".
    ("gt", "gt", false),
    ("geforce", "geforce", false),
    ("rtx", "geforce", false),
    ("gtx", "geforce", false),
    ("radeon", "radeon", false),
    ("rx", "radeon", false),
    ("arc", "arc", false),
    ("quest", "quest", false),
    ("kindle", "kindle", false),
    ("pi", "pi", false),
    ("airpods", "airpods", false),
    ("gpt", "gpt", false),
    ("gemini", "gemini", false),
    ("llama", "llama", false),
    ("claude", "claude", false),
    ("grok", "grok", false),
    ("ryzen", "ryzen", false),
    ("core", "core", false),
    ("apple", "apple", true),
    ("google", "google", true),
    // Software numbered by release: "Linux 6.12" is not 6.13, nor "Ubuntu
    // 24.04" 24.10, "Python 3.13" 3.14 or "Fedora 41" 42.
    ("linux", "linux", false),
    ("kernel", "linux", false),
    ("ubuntu", "ubuntu", false),
    ("fedora", "fedora", false),
    ("debian", "debian", false),
    ("freebsd", "freebsd", false),
    ("kubernetes", "kubernetes", false),
    ("gnome", "gnome", false),
    ("plasma", "plasma", false),
    ("python", "python", false),
    ("rust", "rust", false),
    ("java", "java", false),
    ("kotlin", "kotlin", false),
    ("php", "php", false),
    ("typescript", "typescript", false),
    ("firefox", "firefox", false),
    ("chrome", "chrome", false),
    ("thunderbird", "thunderbird", false),
    ("steamos", "steamos", false),
    ("visionos", "visionos", false),
    ("tvos", "tvos", false),
    ("harmonyos", "harmonyos", false),
];

/// Kinds of device, and platforms and apps, whose names are not everyday
/// words, so naming one says what a story is about: a MacBook story is not an
/// iMac story even when both get the M4, and a Chrome zero-day is not an
/// Android one.
const DEVICES: &[(&str, &str)] = &[
    ("iphone", "iphone"),
    ("iphones", "iphone"),
    ("ipad", "ipad"),
    ("ipads", "ipad"),
    ("macbook", "macbook"),
    ("macbooks", "macbook"),
    ("imac", "imac"),
    ("mac", "mac"),
    ("macs", "mac"),
    ("airpods", "airpods"),
    ("pixel", "pixel"),
    ("pixels", "pixel"),
    ("chromebook", "chromebook"),
    ("kindle", "kindle"),
    ("xperia", "xperia"),
    ("xbox", "xbox"),
    ("playstation", "playstation"),
    ("ps5", "playstation"),
    ("ps4", "playstation"),
    ("quest", "quest"),
    ("geforce", "geforce"),
    ("rtx", "geforce"),
    ("radeon", "radeon"),
    ("ryzen", "ryzen"),
    ("android", "android"),
    ("ios", "ios"),
    ("ipados", "ipados"),
    ("macos", "macos"),
    ("chrome", "chrome"),
    ("chromeos", "chromeos"),
    ("firefox", "firefox"),
    ("safari", "safari"),
    ("whatsapp", "whatsapp"),
    ("instagram", "instagram"),
    ("youtube", "youtube"),
    ("gmail", "gmail"),
    // "Baldur's Gate 3 is out now on PC" is not its Xbox launch.
    ("pc", "pc"),
    ("pcs", "pc"),
];

/// Platforms and the one kind of device each runs on, so that naming either
/// is naming both.
const PLATFORMS: &[(&str, &str)] = &[
    ("ios", "iphone"),
    ("ipados", "ipad"),
    ("chromeos", "chromebook"),
];

/// Companies that make tech news, by the names headlines use. An EU fine
/// for Google is not one for Meta, though the headlines read alike.
const COMPANIES: &[(&str, &str)] = &[
    ("apple", "apple"),
    ("google", "google"),
    ("alphabet", "google"),
    ("microsoft", "microsoft"),
    ("amazon", "amazon"),
    ("meta", "meta"),
    ("facebook", "meta"),
    ("samsung", "samsung"),
    ("intel", "intel"),
    ("amd", "amd"),
    ("nvidia", "nvidia"),
    ("qualcomm", "qualcomm"),
    ("mediatek", "mediatek"),
    ("tesla", "tesla"),
    ("openai", "openai"),
    ("anthropic", "anthropic"),
    ("sony", "sony"),
    ("nintendo", "nintendo"),
    ("xiaomi", "xiaomi"),
    ("oneplus", "oneplus"),
    ("huawei", "huawei"),
    ("oppo", "oppo"),
    ("vivo", "vivo"),
    ("motorola", "motorola"),
    ("nokia", "nokia"),
    ("spacex", "spacex"),
    ("netflix", "netflix"),
    ("spotify", "spotify"),
    ("uber", "uber"),
    ("twitter", "twitter"),
    ("tiktok", "tiktok"),
    ("bytedance", "tiktok"),
    ("ibm", "ibm"),
    ("oracle", "oracle"),
    ("cisco", "cisco"),
    ("dell", "dell"),
    ("lenovo", "lenovo"),
    ("asus", "asus"),
    ("crowdstrike", "crowdstrike"),
    ("verizon", "verizon"),
    ("att", "att"),
    ("comcast", "comcast"),
    ("peacock", "comcast"),
    ("nbc", "comcast"),
    ("espn", "disney"),
    ("showtime", "paramount"),
    // A subsidiary's news is its parent's too: "YouTube to buy Twitch" and
    // "Google nears deal to buy Twitch" are one story.
    ("youtube", "google"),
    ("waymo", "google"),
    ("instagram", "meta"),
    ("whatsapp", "meta"),
    ("ebay", "ebay"),
    ("paypal", "paypal"),
    ("yahoo", "yahoo"),
    ("snapchat", "snap"),
    ("pinterest", "pinterest"),
    ("reddit", "reddit"),
    ("dropbox", "dropbox"),
    ("adobe", "adobe"),
    ("salesforce", "salesforce"),
    ("slack", "salesforce"),
    ("hp", "hp"),
    ("htc", "htc"),
    ("lg", "lg"),
    ("blackberry", "blackberry"),
    ("gm", "gm"),
    ("ford", "ford"),
    ("toyota", "toyota"),
    ("boeing", "boeing"),
    ("aol", "aol"),
    ("alibaba", "alibaba"),
    ("tencent", "tencent"),
    ("baidu", "baidu"),
    ("tsmc", "tsmc"),
    ("broadcom", "broadcom"),
    ("ubisoft", "ubisoft"),
    ("activision", "activision"),
    ("zte", "zte"),
    ("acer", "acer"),
    ("garmin", "garmin"),
    ("fitbit", "fitbit"),
    ("gopro", "gopro"),
    ("sonos", "sonos"),
    ("discord", "discord"),
    ("roblox", "roblox"),
    ("valve", "valve"),
    ("sega", "sega"),
    ("capcom", "capcom"),
    ("ea", "ea"),
    ("micron", "micron"),
    ("hynix", "hynix"),
    ("foxconn", "foxconn"),
    // Cryptocurrencies are named as companies are: "Ether hits record high
    // above $4,900" is "Ether surges to all-time high", and not bitcoin's.
    ("bitcoin", "bitcoin"),
    ("ethereum", "ethereum"),
    ("ether", "ethereum"),
    ("solana", "solana"),
    ("dogecoin", "dogecoin"),
    // Contract manufacturers: "Tata buys Wistron's iPhone plant" is not
    // its purchase of Pegatron's a year on.
    ("wistron", "wistron"),
    ("pegatron", "pegatron"),
    ("luxshare", "luxshare"),
    ("tata", "tata"),
    ("quanta", "quanta"),
    ("compal", "compal"),
    ("jabil", "jabil"),
    ("rivian", "rivian"),
    ("byd", "byd"),
    ("shopify", "shopify"),
    ("airbnb", "airbnb"),
    ("lyft", "lyft"),
    ("doordash", "doordash"),
    ("robinhood", "robinhood"),
    ("coinbase", "coinbase"),
    ("binance", "binance"),
    ("bybit", "bybit"),
    ("okx", "okx"),
    ("microstrategy", "microstrategy"),
    ("palantir", "palantir"),
    ("cloudflare", "cloudflare"),
    // "Arm prices IPO at $51 a share": the chip designer.
    ("arm", "arm"),
    ("mistral", "mistral"),
    ("smic", "smic"),
    ("hpe", "hpe"),
    ("juniper", "juniper"),
    ("splunk", "splunk"),
    ("figma", "figma"),
    ("irobot", "irobot"),
    ("ftx", "ftx"),
    // Makers, services and chip firms a tech window names often, with a
    // product that stands for its maker ("ChatGPT", "Bing", "Alexa").
    ("asml", "asml"),
    ("synopsys", "synopsys"),
    ("ansys", "ansys"),
    ("marvell", "marvell"),
    ("globalfoundries", "globalfoundries"),
    ("nxp", "nxp"),
    ("infineon", "infineon"),
    ("snowflake", "snowflake"),
    ("databricks", "databricks"),
    ("servicenow", "servicenow"),
    ("atlassian", "atlassian"),
    ("canva", "canva"),
    ("autodesk", "autodesk"),
    ("twilio", "twilio"),
    ("zendesk", "zendesk"),
    ("hubspot", "hubspot"),
    ("fortinet", "fortinet"),
    ("zscaler", "zscaler"),
    ("sentinelone", "sentinelone"),
    ("mandiant", "google"),
    ("lastpass", "lastpass"),
    ("perplexity", "perplexity"),
    ("bluesky", "bluesky"),
    ("astrobotic", "astrobotic"),
    ("ispace", "ispace"),
    ("jaxa", "jaxa"),
    ("isro", "isro"),
    ("arianespace", "arianespace"),
    ("cohere", "cohere"),
    ("midjourney", "midjourney"),
    ("pinduoduo", "pinduoduo"),
    ("temu", "pinduoduo"),
    ("shein", "shein"),
    ("meituan", "meituan"),
    ("nio", "nio"),
    ("xpeng", "xpeng"),
    ("polestar", "polestar"),
    // Carmakers, and the EV and air-taxi startups their news turns on:
    // "Toyota pours another $500M into Joby" is not "Stellantis to
    // manufacture Archer's air taxis".
    ("stellantis", "stellantis"),
    ("nissan", "nissan"),
    ("honda", "honda"),
    ("hyundai", "hyundai"),
    ("kia", "kia"),
    ("bmw", "bmw"),
    ("mercedes", "mercedes"),
    ("volkswagen", "volkswagen"),
    ("vw", "volkswagen"),
    ("porsche", "porsche"),
    ("volvo", "volvo"),
    ("geely", "geely"),
    ("zeekr", "zeekr"),
    ("fisker", "fisker"),
    ("nikola", "nikola"),
    ("lordstown", "lordstown"),
    ("canoo", "canoo"),
    ("vinfast", "vinfast"),
    ("joby", "joby"),
    ("lilium", "lilium"),
    ("volocopter", "volocopter"),
    ("ehang", "ehang"),
    ("zoox", "amazon"),
    ("mobileye", "mobileye"),
    ("realme", "realme"),
    ("fairphone", "fairphone"),
    ("ericsson", "ericsson"),
    ("vodafone", "vodafone"),
    // Airlines (`PHRASES` joins the names of two words).
    ("americanairlines", "americanairlines"),
    ("alaskaairlines", "alaskaairlines"),
    ("airfrance", "airfrance"),
    ("qatarairways", "qatarairways"),
    ("britishairways", "britishairways"),
    // Dating apps: "Tinder owner Match Group" (`PHRASES` joins its two words).
    ("matchgroup", "matchgroup"),
    ("tinder", "matchgroup"),
    ("bumble", "bumble"),
    ("grindr", "grindr"),
    // Batteries, chips and lidar for cars.
    ("catl", "catl"),
    ("northvolt", "northvolt"),
    ("wolfspeed", "wolfspeed"),
    ("luminar", "luminar"),
    ("quantumscape", "quantumscape"),
    // Japan's publishers (`PHRASES` joins their two words).
    ("squareenix", "squareenix"),
    ("bandainamco", "bandainamco"),
    ("bandai", "bandainamco"),
    ("fromsoftware", "fromsoftware"),
    ("sammy", "sega"),
    ("rovio", "rovio"),
    // India's carriers: "Jio hikes tariffs" is not "Airtel hikes tariffs".
    ("airtel", "airtel"),
    ("jio", "reliance"),
    ("tecno", "tecno"),
    ("infinix", "infinix"),
    ("bungie", "sony"),
    ("blizzard", "activision"),
    ("embracer", "embracer"),
    ("konami", "konami"),
    ("rockstar", "rockstar"),
    ("gitlab", "gitlab"),
    // Package registries, which headlines write in lowercase.
    ("npm", "npm"),
    ("vscode", "microsoft"),
    ("pypi", "pypi"),
    ("docker", "docker"),
    ("hashicorp", "hashicorp"),
    ("duckduckgo", "duckduckgo"),
    ("wikipedia", "wikimedia"),
    ("wikimedia", "wikimedia"),
    ("substack", "substack"),
    ("patreon", "patreon"),
    ("onlyfans", "onlyfans"),
    ("deezer", "deezer"),
    ("soundcloud", "soundcloud"),
    ("starlink", "spacex"),
    ("neuralink", "neuralink"),
    ("chatgpt", "openai"),
    ("bing", "microsoft"),
    ("copilot", "microsoft"),
    ("azure", "microsoft"),
    ("aws", "amazon"),
    ("alexa", "amazon"),
    ("siri", "apple"),
    ("playstation", "sony"),
    ("tumblr", "automattic"),
    ("automattic", "automattic"),
    ("wordpress", "automattic"),
    ("quora", "quora"),
    ("yelp", "yelp"),
    ("etsy", "etsy"),
    ("zillow", "zillow"),
    ("expedia", "expedia"),
    ("instacart", "instacart"),
    ("grubhub", "grubhub"),
    ("deliveroo", "deliveroo"),
    ("klarna", "klarna"),
    ("stripe", "stripe"),
    ("revolut", "revolut"),
    ("msi", "msi"),
    ("raspberry", "raspberrypi"),
    ("arduino", "arduino"),
    ("bose", "bose"),
    ("sennheiser", "sennheiser"),
    ("oura", "oura"),
    ("fujifilm", "fujifilm"),
    ("leica", "leica"),
    ("hasselblad", "hasselblad"),
    ("zeiss", "zeiss"),
    ("fujitsu", "fujitsu"),
    ("toshiba", "toshiba"),
    ("hitachi", "hitachi"),
    ("kioxia", "kioxia"),
    ("sandisk", "sandisk"),
    ("dyson", "dyson"),
    ("ikea", "ikea"),
    ("walmart", "walmart"),
    ("ticketmaster", "ticketmaster"),
    ("stabilityai", "stabilityai"),
    ("huggingface", "huggingface"),
    ("scaleai", "scaleai"),
    ("characterai", "characterai"),
    ("taketwo", "taketwo"),
    ("redhat", "ibm"),
    ("paloalto", "paloalto"),
    ("westerndigital", "westerndigital"),
    ("appliedmaterials", "appliedmaterials"),
    ("blueorigin", "blueorigin"),
    ("rocketlab", "rocketlab"),
    ("tmobile", "tmobile"),
    ("disney", "disney"),
    ("hulu", "disney"),
    ("paramount", "paramount"),
    ("warner", "warner"),
    ("hbo", "warner"),
    ("okta", "okta"),
    ("mozilla", "mozilla"),
    ("telegram", "telegram"),
    ("xai", "xai"),
    ("grok", "xai"),
    ("deepseek", "deepseek"),
    ("mastodon", "mastodon"),
    ("peloton", "peloton"),
    ("logitech", "logitech"),
    ("razer", "razer"),
    ("anker", "anker"),
    ("roku", "roku"),
    ("dji", "dji"),
    ("panasonic", "panasonic"),
    ("philips", "philips"),
    ("nikon", "nikon"),
    ("seagate", "seagate"),
    ("23andme", "23andme"),
    ("github", "microsoft"),
    // "Xbox confirms four games are coming to PS5" is Microsoft's news.
    ("xbox", "microsoft"),
    ("linkedin", "microsoft"),
    ("deepmind", "google"),
    ("twitch", "amazon"),
];

/// A table of (word, canonical name) as a hash map, built on first use: the
/// tables are asked about every word of every headline in the window.
type Index<V> = std::sync::LazyLock<HashMap<&'static str, V, super::TokenHasher>>;

/// A list of words as an `Index` of nothing but the words.
fn word_set(words: &[&'static str]) -> HashMap<&'static str, (), super::TokenHasher> {
    words.iter().map(|word| (*word, ())).collect()
}

fn device_of(word: &str) -> Option<&'static str> {
    static INDEX: Index<&'static str> = Index::new(|| DEVICES.iter().copied().collect());
    INDEX.get(word).copied()
}

/// Companies named by everyday words, which count only where a headline
/// writes them as names (see `extract`).
const AMBIGUOUS_COMPANIES: &[(&str, &str)] = &[
    ("threads", "meta"),
    ("snap", "snap"),
    ("zoom", "zoom"),
    ("unity", "unity"),
    ("epic", "epic"),
    // Crypto firms named by words: "Ripple wins partial victory against
    // SEC", not "a ripple effect".
    ("ripple", "ripple"),
    ("kraken", "kraken"),
    ("tether", "tether"),
    // "Reliance Jio", not "reliance on AI".
    ("reliance", "reliance"),
    ("coop", "coop"),
    // The laptop maker, not "a new AI framework".
    ("framework", "framework"),
    // The messenger, not "a signal of demand"; password managers.
    ("signal", "signal"),
    ("bitwarden", "bitwarden"),
    ("proton", "proton"),
    // "Notion launches Notion Mail", not "the notion that".
    ("notion", "notion"),
    // "Fox One launches", not "a fox".
    ("fox", "fox"),
    // "Delta sues CrowdStrike", "United is bringing free Starlink Wi-Fi";
    // not "a delta" or "the United States" (`PHRASES` joins that).
    ("delta", "delta"),
    ("united", "united"),
    ("southwest", "southwest"),
    // "Archer named official air taxi provider", "Lucid Gravity".
    ("archer", "archer"),
    ("lucid", "lucid"),
];

fn company_of(word: &str) -> Option<&'static str> {
    static INDEX: Index<&'static str> = Index::new(|| COMPANIES.iter().copied().collect());
    INDEX.get(word).copied()
}

/// Whether a token names a time, a month or a year ("november",
/// "2026"), which tells not whose news it is: "GTA 6 delayed to November 2026" is
/// not "Patreon's deadline pushed back to November 2026".
pub fn is_time_token(token: &str) -> bool {
    static MONTH_STEMS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| MONTHS.iter().map(|(month, _)| stem(month)).collect());
    let year = token.len() == 4
        && (token.starts_with("19") || token.starts_with("20"))
        && token.bytes().all(|b| b.is_ascii_digit());
    year || MONTH_STEMS.contains(token)
}

fn month_of(word: &str) -> Option<&'static str> {
    static INDEX: Index<&'static str> = Index::new(|| MONTHS.iter().copied().collect());
    INDEX.get(word).copied()
}

fn is_modifier(word: &str) -> bool {
    static INDEX: Index<()> = Index::new(|| word_set(MODIFIERS));
    INDEX.contains_key(word)
}

const MODIFIERS: &[&str] = &[
    "pro",
    "max",
    "ultra",
    "plus",
    "mini",
    "lite",
    "fe",
    "elite",
    "neo",
    "prime",
    "xl",
    "edge",
    "se",
    "air",
    "ti",
    "super",
    "xt",
    "xtx",
    "scribe",
    "colorsoft",
    "paperwhite",
    "oasis",
    // "Mac Studio", "Surface Studio".
    "studio",
    // Kinds of device a line makes ("Galaxy Ring", "Pixel Watch 2",
    // "Galaxy Buds 3", "Pixel Tablet"): the Galaxy Ring is not the S25 Edge.
    "ring",
    "watch",
    "buds",
    "tab",
    "tablet",
    // "Surface Laptop 7" is not the Surface Pro 11, nor "Galaxy Book3
    // Ultra" the Galaxy S23 Ultra.
    "laptop",
    "book",
    // AI models by size: "Claude 3.5 Sonnet" is not "Claude Sonnet 4.5",
    // "GPT-4 Turbo" not GPT-4, "Gemini 2.5 Flash" not the 2.5 Pro.
    "sonnet",
    "opus",
    "haiku",
    "flash",
    "turbo",
    "nano",
    // "Kimi K2 Thinking", "Gemini 2.0 Flash Thinking": a reasoning model
    // of its own, months after its base.
    "thinking",
    // "Galaxy XR", "Android XR": the headset line, not a phone.
    "xr",
];

/// Whether a token (as `extract` makes it) says only that something leaked
/// or is rumoured: a case leak and a price leak share it, and nothing else.
pub fn is_leak_token(token: &str) -> bool {
    matches!(
        token,
        "leak"
            | "leaker"
            | "render"
            | "spot"
            | "rumor"
            | "rumour"
            | "tip"
            | "tipster"
            | "reportedly"
            | "allegedly"
            | "alleg"
    )
}

/// Words written in capitals by convention that name no one: "CEO", "AI",
/// "IPO". Two headlines sharing "CEO" share no name.
pub fn is_common_acronym(token: &str) -> bool {
    matches!(
        token,
        "ceo"
            | "cfo"
            | "cto"
            | "coo"
            | "ai"
            | "ipo"
            | "gpu"
            | "cpu"
            | "pc"
            | "tv"
            | "api"
            | "vr"
            | "ar"
            | "ev"
            | "faq"
            | "vpn"
    )
}

/// Whether a token (as `extract` makes it) is a product line or brand word.
pub fn is_line_token(token: &str) -> bool {
    static TOKENS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            LINES
                .iter()
                .flat_map(|(name, _, _)| [(*name).to_owned(), stem(name)])
                .collect()
        });
    TOKENS.contains(token)
}

fn line_of(word: &str) -> Option<(&'static str, bool)> {
    static INDEX: Index<(&'static str, bool)> = Index::new(|| {
        LINES
            .iter()
            .map(|&(name, canonical, brand)| (name, (canonical, brand)))
            .collect()
    });
    INDEX.get(word).copied()
}

fn lines_compatible(a: Option<&'static str>, b: Option<&'static str>) -> bool {
    // A brand takes in its own lines and lines of no one brand ("Xiaomi Pad
    // 7", "Pad 7"); not another brand, nor another brand's line: "OnePlus
    // 13" is not "iQOO 13", nor "Android 15" or "Redmi 15".
    let takes_in = |brand: &str, line: &str| {
        !is_brand(line) && owner_of(line).is_none_or(|owner| owner == brand)
    };
    match (a, b) {
        (Some(a), Some(b)) => {
            a == b || is_brand(a) && takes_in(a, b) || is_brand(b) && takes_in(b, a)
        }
        _ => true,
    }
}

/// Product lines with an owner: the line; the brand whose name may stand
/// for it (`lines_compatible`), the line itself when it is numbered on its
/// own, as Redmi's and iQOO's are, or none when the line is the brand's own
/// name; and the company that makes it, as `COMPANIES` names it, or none
/// for AI models', which headlines name as the rivals they measure against
/// more often than as their news ("Google launches Gemini, the AI model it
/// hopes will take down GPT-4"). Lines of no one brand ("phone", "pad",
/// "watch") have none.
const LINE_OWNERS: &[(&str, Option<&str>, Option<&str>)] = &[
    ("iphone", Some("apple"), Some("apple")),
    ("ipad", Some("apple"), Some("apple")),
    ("ipod", Some("apple"), Some("apple")),
    ("macbook", Some("apple"), Some("apple")),
    ("imac", Some("apple"), Some("apple")),
    ("mac", Some("apple"), Some("apple")),
    ("airpods", Some("apple"), Some("apple")),
    ("ios", Some("apple"), Some("apple")),
    ("ipados", Some("apple"), Some("apple")),
    ("macos", Some("apple"), Some("apple")),
    ("watchos", Some("apple"), Some("apple")),
    ("visionos", Some("apple"), Some("apple")),
    ("tvos", Some("apple"), Some("apple")),
    ("pixel", Some("google"), Some("google")),
    ("nexus", Some("google"), Some("google")),
    ("tensor", Some("google"), Some("google")),
    ("android", Some("google"), None),
    ("gemini", Some("google"), None),
    ("galaxy", None, Some("samsung")),
    ("exynos", Some("exynos"), Some("samsung")),
    ("xiaomi", None, Some("xiaomi")),
    ("redmi", Some("redmi"), Some("xiaomi")),
    ("poco", Some("poco"), Some("xiaomi")),
    ("hyperos", Some("xiaomi"), Some("xiaomi")),
    ("miui", Some("xiaomi"), Some("xiaomi")),
    ("oneplus", None, Some("oneplus")),
    ("nord", Some("oneplus"), Some("oneplus")),
    ("vivo", None, Some("vivo")),
    ("iqoo", Some("iqoo"), Some("vivo")),
    ("oppo", None, Some("oppo")),
    ("reno", Some("oppo"), Some("oppo")),
    ("find", Some("oppo"), Some("oppo")),
    ("magic", Some("honor"), None),
    ("huawei", None, Some("huawei")),
    ("mate", Some("huawei"), Some("huawei")),
    ("nova", Some("huawei"), Some("huawei")),
    ("pura", Some("huawei"), Some("huawei")),
    ("kirin", Some("huawei"), Some("huawei")),
    ("harmonyos", Some("huawei"), Some("huawei")),
    ("moto", None, Some("motorola")),
    ("razr", Some("moto"), Some("motorola")),
    ("lumia", Some("nokia"), None),
    ("xperia", Some("sony"), Some("sony")),
    ("playstation", Some("sony"), Some("sony")),
    ("snapdragon", Some("snapdragon"), Some("qualcomm")),
    ("dimensity", Some("dimensity"), Some("mediatek")),
    ("helio", Some("helio"), Some("mediatek")),
    ("xbox", Some("xbox"), Some("microsoft")),
    ("windows", Some("windows"), Some("microsoft")),
    ("surface", Some("surface"), Some("microsoft")),
    ("geforce", Some("geforce"), Some("nvidia")),
    ("radeon", Some("radeon"), Some("amd")),
    ("ryzen", Some("ryzen"), Some("amd")),
    ("arc", Some("arc"), Some("intel")),
    ("core", Some("core"), Some("intel")),
    ("quest", Some("quest"), Some("meta")),
    ("gpt", Some("gpt"), None),
    ("llama", Some("llama"), None),
    ("claude", Some("claude"), None),
    ("grok", Some("grok"), Some("xai")),
    ("kindle", Some("kindle"), Some("amazon")),
    ("switch", Some("switch"), Some("nintendo")),
    ("legiongo", None, Some("lenovo")),
    ("tesla", None, Some("tesla")),
    // Software numbered on its own, which no phone brand takes in: "Debian
    // 13" is not "OnePlus 13", nor "Linux 6.12" anyone's 6.12.
    ("linux", Some("linux"), None),
    ("debian", Some("debian"), None),
    ("ubuntu", Some("ubuntu"), None),
    ("fedora", Some("fedora"), None),
    ("freebsd", Some("freebsd"), None),
    ("kubernetes", Some("kubernetes"), None),
    ("gnome", Some("gnome"), None),
    ("plasma", Some("plasma"), None),
    ("python", Some("python"), None),
    ("rust", Some("rust"), None),
    ("java", Some("java"), None),
    ("kotlin", Some("kotlin"), None),
    ("php", Some("php"), None),
    ("typescript", Some("typescript"), None),
    ("firefox", Some("firefox"), None),
    ("thunderbird", Some("thunderbird"), None),
    ("steamos", Some("steamos"), None),
    ("chrome", Some("google"), None),
    ("wearos", Some("google"), None),
    ("oneui", Some("galaxy"), None),
];

/// The brand whose own line `line` is (`LINE_OWNERS`).
fn owner_of(line: &str) -> Option<&'static str> {
    line_owners(line).and_then(|(brand, _)| brand)
}

/// The company that makes the line `line` (`LINE_OWNERS`).
fn maker_of(line: &str) -> Option<&'static str> {
    line_owners(line).and_then(|(_, company)| company)
}

/// The brand and the company of the line `line` (`LINE_OWNERS`).
type Owners = (Option<&'static str>, Option<&'static str>);
fn line_owners(line: &str) -> Option<Owners> {
    static INDEX: Index<Owners> = Index::new(|| {
        LINE_OWNERS
            .iter()
            .map(|&(name, brand, company)| (name, (brand, company)))
            .collect()
    });
    INDEX.get(line).copied()
}

fn is_brand(canonical: &str) -> bool {
    LINES
        .iter()
        .any(|(_, name, brand)| *name == canonical && *brand)
        && !LINES
            .iter()
            .any(|(_, name, brand)| *name == canonical && !*brand)
}

/// Finds model mentions: `(first word, end word, model)` for each.
fn find_models(words: &[String]) -> Vec<(usize, usize, Model)> {
    let mut models = Vec::new();
    let mut index = 0;
    // "Galaxy S24+ and S24 Ultra": a model with no line of its own takes the previous one's.
    let mut last_line = None;
    while index < words.len() {
        let word = words[index].as_str();
        if let Some((end, model)) = identifier_at(words, index) {
            models.push((index, end, model));
            index = end;
            continue;
        }
        let line = (index.saturating_sub(2)..index)
            .rev()
            .find_map(|before| line_of(&words[before]).map(|(line, _)| line))
            .or(last_line);
        let directly_after_line = index > 0 && line_of(&words[index - 1]).is_some();
        let next = words.get(index + 1).map(String::as_str);
        let next_is_modifier = next.is_some_and(is_modifier);
        // "Core i9-14900K" is the 14900K and "Core Ultra 9 285K" the 285K:
        // the i9 and the Ultra 9 are tiers, each of many chips.
        let intel_tier = |at: usize| match words[at].as_str() {
            "i3" | "i5" | "i7" | "i9" => Some(1),
            "ultra" if at >= 1 && words[at - 1] == "core" => words
                .get(at + 1)
                .filter(|number| is_small_number(number))
                .map(|_| 2),
            _ => None,
        };
        let intel_sku = (1..=2).any(|length| {
            index >= length && intel_tier(index - length) == Some(length) && is_intel_sku(word)
        });
        let line = if intel_sku { Some("core") } else { line };
        let starts = if intel_sku {
            true
        } else if intel_tier(index).is_some_and(|length| {
            words
                .get(index + length)
                .is_some_and(|sku| is_intel_sku(sku))
        }) {
            false
        } else if is_alphanumeric_model(word) {
            !is_interface_width(
                word,
                index.checked_sub(1).map(|before| words[before].as_str()),
            )
        } else if AI_SIZES.contains(&word) && next.is_some_and(is_small_number) {
            // "Haiku 4.5", "Sonnet 4": Anthropic's models need no "Claude".
            true
        } else if is_small_number(word) {
            // "Apple Watch Series 9" is the Watch 9.
            let series =
                index >= 2 && words[index - 1] == "series" && line_of(&words[index - 2]).is_some();
            // "Ryzen 9 9950X" is the 9950X: the 9 is its tier.
            let tier = index >= 1
                && line_of(&words[index - 1]).is_some_and(|(line, _)| line == "ryzen")
                && next.is_some_and(|next| is_alphanumeric_model(next) || is_model_number(next));
            // "GeForce 572.16 driver": a graphics line's numbers with a
            // point are its drivers, not its cards.
            let driver = word.contains('.') && line.is_some_and(|line| GRAPHICS.contains(&line));
            !tier
                && !driver
                && (directly_after_line || series || next_is_modifier || next == Some("gen"))
        } else if is_model_number(word) {
            // "RTX 4070", "RX 7900": four digits, right after a line; a year
            // ("Windows 2025") only after a graphics line ("RTX 2080").
            let after = index
                .checked_sub(1)
                .and_then(|before| line_of(&words[before]))
                .map(|(line, _)| line);
            let year = word.starts_with("19") || word.starts_with("20");
            // "RTX 4080 Super, 4070 Ti Super and 4070 Super": a list goes on
            // in the line of its first model.
            let listed = models
                .last()
                .is_some_and(|(_, end, model): &(usize, usize, Model)| {
                    let joined = *end == index
                        || *end + 1 == index
                            && matches!(words[*end].as_str(), "and" | "or" | "vs" | "&");
                    joined && model.line.is_some_and(|line| GRAPHICS.contains(&line))
                });
            after.is_some_and(|line| !year || GRAPHICS.contains(&line)) || listed
        } else if is_modifier(word) && !starts_numbered_model(words, index) {
            // "AirPods Pro 2", "iPad Air", "Kindle Scribe": a modifier right
            // after a product line (not a brand), with or without a number.
            index
                .checked_sub(1)
                .and_then(|before| line_of(&words[before]))
                .is_some_and(|(_, brand)| !brand)
                || elided_base(words, index, &models).is_some() && line_of(word).is_none()
        } else {
            // "Snapdragon X Elite": a single letter right after a line, then
            // a modifier; "Legion Go S": a letter right after a line of
            // lettered models.
            // "Xbox Series X": "Series" between a lettered line and its letter.
            let series_letter = index >= 2
                && words[index - 1] == "series"
                && LETTERED_LINES.contains(&words[index - 2].as_str());
            // "Xbox Series X and S": a letter listed after a lettered model.
            let listed_letter = index >= 2
                && matches!(words[index - 1].as_str(), "and" | "or" | "&")
                && models
                    .last()
                    .is_some_and(|(_, end, model): &(usize, usize, Model)| {
                        *end == index - 1
                            && model
                                .line
                                .is_some_and(|line| LETTERED_LINES.contains(&line))
                            && model.core.len() == 1
                    });
            word.len() == 1
                && word.bytes().all(|b| b.is_ascii_alphabetic())
                && (directly_after_line
                    && (next_is_modifier || LETTERED_LINES.contains(&words[index - 1].as_str()))
                    || series_letter
                    || listed_letter)
        };
        if !starts || next.is_some_and(is_unit) {
            index += 1;
            continue;
        }
        let start = index;
        // "iPhone 16 Pro and Pro Max": the second model's number is the first's.
        // "Watch Series 9 and Ultra 2": a modifier with its own number
        // takes none from the model before.
        let own_number = next.is_some_and(is_small_number);
        let mut core = match elided_base(words, index, &models) {
            Some(base) if is_modifier(word) && !own_number => vec![base, word.to_owned()],
            _ => vec![word.to_owned()],
        };
        index += 1;
        while index < words.len() {
            let word = words[index].as_str();
            // "AirPods Pro 2", "Surface Laptop Studio 2": a number after
            // modifiers alone is their generation.
            let modifier_number =
                core.iter().all(|part| is_modifier(part)) && is_small_number(word);
            // Whether the model has its number yet.
            let numbered = core
                .iter()
                .any(|part| part.bytes().any(|b| b.is_ascii_digit()));
            // "Pixel 9 Pro Fold": a foldable named after its slab sibling.
            let form = matches!(word, "fold" | "flip") && numbered;
            // "Tab S9, Tab S9+ and Tab S9 Ultra": a line word before a
            // model number starts the next model.
            if starts_numbered_model(words, index) {
                break;
            }
            // "Galaxy S24, Fold 6, Flip 6": a foldable with its own number is
            // the next model of the list (the commas are gone by now).
            if matches!(word, "fold" | "flip")
                && numbered
                && words
                    .get(index + 1)
                    .is_some_and(|next| is_small_number(next))
            {
                break;
            }
            // "OnePlus Pad 2 tablet": a kind of device after the number is
            // what the model is, not a model of its own; after a chip
            // ("Snapdragon X Elite laptop"), what the chip goes in.
            let chip = matches!(
                line,
                Some(
                    "snapdragon"
                        | "dimensity"
                        | "exynos"
                        | "tensor"
                        | "helio"
                        | "kirin"
                        | "core"
                        | "ryzen"
                )
            );
            let kind = (numbered || chip) && DEVICE_KINDS.contains(&word);
            // "RTX 5090 laptop GPU", "RTX 4060 mobile": a graphics card's
            // laptop part is a chip of its own, not the desktop card.
            let laptop_part = numbered
                && matches!(line, Some("geforce" | "radeon" | "arc"))
                && matches!(word, "laptop" | "mobile");
            // "Gemini 2.0 Pro, Flash-Lite": an AI model is one size, so a
            // second size starts the next model of a list (the comma is gone).
            const AI_SIZES_OF_ONE: &[&str] = &["pro", "flash", "ultra", "nano", "mini"];
            let second_size = matches!(line, Some("gemini" | "gpt"))
                && AI_SIZES_OF_ONE.contains(&word)
                && core
                    .iter()
                    .any(|part| AI_SIZES_OF_ONE.contains(&part.as_str()));
            if second_size {
                break;
            } else if laptop_part {
                core.push("laptop".to_owned());
                index += 1;
            } else if (is_modifier(word) || modifier_number || form) && !kind {
                core.push(word.to_owned());
                index += 1;
            } else if let Some((generation, length)) =
                numbered.then(|| generation_after(words, index)).flatten()
            {
                core.push(generation);
                index += length;
            } else if numbered
                && line.is_some_and(|line| SOFTWARE_LINES.contains(&line))
                && let Some((length, public)) = beta_stage(words, index)
            {
                // "iOS 18.2 beta 2" is a test build, neither iOS 18.2 nor beta 3.
                if public {
                    core.push("public".to_owned());
                }
                core.push("beta".to_owned());
                index += length;
                if let Some(number) = words.get(index).filter(|number| is_small_number(number)) {
                    core.push(number.clone());
                    index += 1;
                }
            } else if numbered && is_release_candidate(word) {
                // "Linux 6.13-rc1" is a test build, not the release.
                core.push("rc".to_owned());
                index += 1;
            } else if word == "gen" && words.get(index + 1).is_some_and(|n| is_small_number(n)) {
                core.push(format!("gen {}", words[index + 1]));
                index += 2;
            } else if numbered
                && words.get(index + 1).is_some_and(|next| next == "gen")
                && words.get(index + 2).is_some_and(|n| is_small_number(n))
                && word.bytes().all(|b| b.is_ascii_alphabetic())
                && line_of(word).is_none()
                && !is_stopword(word)
            {
                // "ThinkPad X1 Carbon Gen 12": the generation of a model's
                // named edition; Gen 13 is the next.
                core.push(format!("{word} gen {}", words[index + 2]));
                index += 3;
            } else {
                break;
            }
        }
        last_line = line;
        models.push((
            start,
            index,
            Model {
                line,
                core: core.join(" "),
                family: words
                    .get(index)
                    .is_some_and(|next| FAMILY_NOUNS.contains(&next.as_str())),
            },
        ));
    }
    models
}

/// Lines whose models are identifiers: a flaw, a chip codename, a Windows
/// update or build, an edition's year. Any other number or name is another
/// model, and none is a device.
const IDENTIFIER_LINES: &[&str] = &["cve", "codename", "kb", "build", "edition"];

/// The identifier model that starts at `index` (`IDENTIFIER_LINES` but
/// editions, which the title's parentheses tell), and the word after it.
fn identifier_at(words: &[String], index: usize) -> Option<(usize, Model)> {
    let word = words[index].as_str();
    let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let (line, end, core) = if word == "cve"
        && let [year, number, ..] = &words[index + 1..]
        && is_year(year)
        && digits(number)
    {
        // "CVE-2025-5419" names one flaw: another number is another flaw.
        ("cve", index + 3, format!("{year}-{number}"))
    } else if CODENAMES.contains(&word)
        && let Some(kind) = words.get(index + 1)
        && matches!(
            kind.as_str(),
            "lake" | "rapids" | "point" | "ridge" | "halo" | "range" | "forest"
        )
    {
        // "Arrow Lake", "Lunar Lake", "Granite Rapids", "Strix Halo": chip
        // codenames, each its own generation ("Raptor Lake Refresh" too).
        let refresh = words.get(index + 2).is_some_and(|next| next == "refresh");
        let core = format!("{word} {kind}{}", if refresh { " refresh" } else { "" });
        ("codename", index + 2 + usize::from(refresh), core)
    } else if let Some(number) = word.strip_prefix("kb")
        && (6..=8).contains(&number.len())
        && digits(number)
    {
        // "KB5034441": one Windows update; another number is another.
        ("kb", index + 1, number.to_owned())
    } else if word == "build"
        && let Some(number) = words.get(index + 1)
        && let mut parts = number.split('.')
        && parts
            .next()
            .is_some_and(|major| major.len() >= 5 && digits(major))
        && parts.all(digits)
    {
        // "Build 26120.2510": one Insider build of Windows; "26120.2705" is
        // the next. Five digits at least, so "Build 2025" stays the event.
        ("build", index + 2, number.clone())
    } else {
        return None;
    };
    Some((
        end,
        Model {
            line: Some(line),
            core,
            family: false,
        },
    ))
}

/// The first words of chip codenames ("Arrow Lake", "Granite Rapids",
/// "Strix Halo"), whose second word every sibling shares.
const CODENAMES: &[&str] = &[
    "alder",
    "raptor",
    "meteor",
    "arrow",
    "lunar",
    "panther",
    "nova",
    "wildcat",
    "clearwater",
    "sierra",
    "granite",
    "emerald",
    "sapphire",
    "diamond",
    "strix",
    "krackan",
    "hawk",
    "dragon",
    "fire",
    "medusa",
    "gorgon",
];

/// Lines of software released to devices: "One UI 7", "Android 16",
/// "iOS 18.2", "HyperOS 2".
const SOFTWARE_LINES: &[&str] = &[
    "android",
    "ios",
    "ipados",
    "macos",
    "watchos",
    "visionos",
    "tvos",
    "hyperos",
    "wearos",
    "miui",
    "oneui",
    "harmonyos",
    "windows",
];

/// Kinds of device that are modifiers before a model's number ("Pixel
/// Watch 2", "Surface Laptop 7") and the kind it is after one ("Pad 2
/// tablet").
const DEVICE_KINDS: &[&str] = &["ring", "watch", "buds", "tab", "tablet", "laptop", "book"];

/// Models of lines no table knows, named by a capitalised name and its
/// number: "Gaudi 3", "Maia 100", "Diablo 4", "Ariane 6". Names that count
/// or rank ("Top 10", "Phase 3", "Flight 7"), words that end in "s", "ing"
/// or "ed" (title-case verbs before a count: "Cuts 10 Jobs", "Offering
/// $15"), and sums are not.
fn named_models(
    words: &[String],
    found: &[(usize, usize, Model)],
    clause: usize,
    capitalized: &[String],
    money: &[Money],
) -> Vec<(usize, usize, Model)> {
    const NOT_NAMES: &[&str] = &[
        "top",
        "phase",
        "section",
        "chapter",
        "level",
        "stage",
        "tier",
        "day",
        "week",
        "round",
        "part",
        "episode",
        "season",
        "vol",
        "volume",
        "number",
        "covid",
        "formula",
        "area",
        "channel",
        "title",
        "flight",
        "mission",
        "gen",
        "version",
        "build",
        "class",
        "category",
        "grade",
        "type",
        "mark",
        "team",
        "group",
        "nearly",
        "best",
        "only",
        "act",
        "article",
        "rule",
        "bill",
        "prop",
        "route",
        "highway",
        "interstate",
        "hour",
        "minute",
        "year",
        "month",
        "game",
        "match",
        "race",
        "patch",
        "update",
        "beta",
        "model",
        "rdna",
        "cdna",
        "zen",
        "pcie",
        "usb",
        "wifi",
        "bluetooth",
        "hdmi",
        "ddr",
        "lpddr",
        "gddr",
        "hbm",
        "ufs",
        "office",
        "fortune",
        "dow",
        "another",
        "around",
        "almost",
        "roughly",
        "approximately",
        "exactly",
        "least",
        "fewer",
        "less",
        "every",
        "step",
        "page",
        "row",
        "seat",
        "room",
        "floor",
        "layer",
        "wave",
        "batch",
    ];
    let covered = |index: usize| {
        found
            .iter()
            .any(|(start, end, _)| (*start..*end).contains(&index))
    };
    let mut models = Vec::new();
    let end = clause.min(words.len());
    let mut index = 1;
    while index < end {
        let (name, number) = (words[index - 1].as_str(), words[index].as_str());
        let next = words.get(index + 1).map(String::as_str);
        let named = capitalized.iter().any(|capital| capital == name)
            && name.len() >= 3
            && name.bytes().all(|b| b.is_ascii_lowercase())
            && !name.ends_with('s')
            && !name.ends_with("ing")
            && !name.ends_with("ed")
            && !NOT_NAMES.contains(&name)
            && !is_stopword(name)
            && !is_modifier(name)
            && company_of(name).is_none()
            && line_of(name).is_none()
            && month_of(name).is_none()
            && concept(name).is_none()
            && event_of(name, None, None) == 0;
        let counted = next.is_some_and(|next| {
            is_unit(next)
                || matches!(
                    next,
                    "million" | "billion" | "thousand" | "trillion" | "percent" | "x" | "cents"
                )
        });
        // "Offering $15": a sum, not a model's number.
        let sum = money.iter().any(|money| money.digits == number);
        if !named
            || !(is_small_number(number) || is_lettered_number(number, next))
            || covered(index - 1)
            || covered(index)
            || counted
            || sum
        {
            index += 1;
            continue;
        }
        let start = index;
        // Written as outlets also write it in one word: "Qwen 3" is "Qwen3".
        let mut core = vec![format!("{name}{number}")];
        index += 1;
        while index < end && is_modifier(&words[index]) {
            core.push(words[index].clone());
            index += 1;
        }
        let model = Model {
            line: None,
            core: core.join(" "),
            family: words
                .get(index)
                .is_some_and(|next| FAMILY_NOUNS.contains(&next.as_str())),
        };
        models.push((start, index, model));
    }
    models
}

/// A number with an x after a name: the "7x" of "Yoga Slim 7x". Other
/// letters make a model of their own ("8s", "14s", "7i"); an x mostly
/// measures, so only after a name and not before a zoom or a speed-up
/// ("10x zoom", "3x faster").
fn is_lettered_number(word: &str, next: Option<&str>) -> bool {
    let measure = next.is_some_and(|next| {
        matches!(
            next,
            "zoom"
                | "optical"
                | "hybrid"
                | "digital"
                | "telephoto"
                | "periscope"
                | "faster"
                | "slower"
                | "more"
                | "less"
                | "better"
                | "longer"
                | "bigger"
                | "cheaper"
                | "speed"
                | "speedup"
                | "boost"
                | "improvement"
                | "the"
                | "as"
                | "over"
        )
    });
    word.strip_suffix('x')
        .is_some_and(|digits| few_digits(digits, 2))
        && !measure
}

/// Plural kinds of product that make the model before them a family:
/// "Galaxy Tab S10 tablets", "RX 7900 GPUs", "iPhone 15 models".
const FAMILY_NOUNS: &[&str] = &[
    "phones",
    "smartphones",
    "tablets",
    "laptops",
    "gpus",
    "cards",
    "chips",
    "processors",
    "cpus",
    "models",
    "lineup",
    "family",
    "series",
];

/// Whether the word at `index` is a line word ("Tab") with a letter-digit
/// model after it, so the line of that model, not a modifier: "Galaxy Tab
/// S9", "Tab S9, Tab S9+" ("Galaxy Watch 8" stays the Galaxy's Watch 8).
fn starts_numbered_model(words: &[String], index: usize) -> bool {
    line_of(&words[index]).is_some()
        && words
            .get(index + 1)
            .is_some_and(|next| is_alphanumeric_model(next))
}

/// The number a model written without one shares with the model just
/// before it, across "and", "or" or "vs": "16" for "Pro Max" in "iPhone 16 Pro
/// and Pro Max".
fn elided_base(words: &[String], index: usize, models: &[(usize, usize, Model)]) -> Option<String> {
    let joiner = index.checked_sub(1)?;
    if !matches!(words[joiner].as_str(), "and" | "or" | "vs" | "&") {
        return None;
    }
    let (_, end, model) = models.last()?;
    let base = model.base();
    (*end == joiner && base.bytes().all(|b| b.is_ascii_digit())).then(|| base.to_owned())
}

/// "rc", "rc1", "rc7": a release candidate, whichever its number ("the
/// first Linux 6.13 release candidate" is 6.13-rc1).
fn is_release_candidate(word: &str) -> bool {
    word.strip_prefix("rc")
        .is_some_and(|number| number.bytes().all(|b| b.is_ascii_digit()))
}

/// Lines that name models with a letter as well as a number: the Legion Go
/// S is not the Legion Go 2, the Xbox Series X not the Series S, the ROG
/// Ally X not the ROG Ally.
const LETTERED_LINES: &[&str] = &["legiongo", "xbox", "ally"];

/// Sizes of AI models that name a model on their own, with a number.
const AI_SIZES: &[&str] = &["sonnet", "opus", "haiku"];

/// Lines that number their models from 1000 to 9999, years included.
const GRAPHICS: &[&str] = &["geforce", "radeon"];

/// Four digits, which name a model right after a line ("RTX 4070").
fn is_model_number(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

/// A number that can name a model or version: "14", "8", "18.1", "4.4.2".
fn is_small_number(word: &str) -> bool {
    let mut parts = word.split('.');
    let first = parts.next().unwrap_or("");
    let is_part = |part: &str| {
        !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit())
    };
    is_part(first) && parts.all(|part| is_part(part) && part.len() <= 2)
}

/// An Intel chip's number: "14900k", "13600kf", "285k", "12400".
fn is_intel_sku(word: &str) -> bool {
    let letters = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() - letters.len();
    (3..=5).contains(&digits)
        && letters.len() <= 2
        && letters.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Letters and digits together, like "s24", "a55", "m3", "8s" or "ps5", but not
/// units and ordinals like "5g", "128gb", "4k", "1080p" or "2nd".
fn is_alphanumeric_model(word: &str) -> bool {
    let has_digit = word.bytes().any(|b| b.is_ascii_digit());
    let has_letter = word.bytes().any(|b| b.is_ascii_alphabetic());
    if !(has_digit && has_letter)
        || word.len() > 10
        || !word.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return false;
    }
    // "Q4 2025 results", "H1 profit", "FY25": a company's periods; and
    // ratings, not models.
    let period = match word.as_bytes() {
        [b'q', b'1'..=b'4'] | [b'h', b'1' | b'2'] => true,
        [b'f', b'y', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        // "IP68", "IPX8", "IP69K": a rating against dust and water.
        [b'i', b'p', b'x' | b'0'..=b'9', b'0'..=b'9'] | [b'i', b'p', b'6', b'9', b'k'] => true,
        _ => false,
    };
    if period {
        return false;
    }
    let letters_after = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let starts_with_digit = letters_after.len() < word.len();
    if starts_with_digit && letters_after.bytes().all(|b| b.is_ascii_alphabetic()) {
        const UNITS: &[&str] = &[
            "g", "gb", "tb", "mb", "kb", "mah", "mp", "hz", "khz", "mhz", "ghz", "mm", "cm", "nm",
            "w", "k", "p", "fps", "x", "th", "st", "nd", "rd", "am", "pm", "m", "km", "in", "v",
            "d", "ms", "wh", "kwh", "kg", "lb", "oz",
        ];
        // "8s", "3S", "2a", "10T" are models; "12VHPWR" names a connector.
        // Four digits and an X name a chip ("Ryzen 9 9950X"), not "10x" zoom.
        let chip = letters_after == "x" && word.len() == 5 && !word.ends_with("00x");
        return letters_after.len() <= 2 && (!UNITS.contains(&letters_after) || chip);
    }
    true
}

/// An interface's generation or lane width, not a model: the "Gen4" and
/// "Gen5" of "PCIe Gen4/Gen5", the "x4" of "PCIe 4.0 x4", after the
/// interface, its version or another such word.
fn is_interface_width(word: &str, previous: Option<&str>) -> bool {
    let shaped = |word: &str| {
        ["gen", "x"].iter().any(|prefix| {
            word.strip_prefix(prefix)
                .is_some_and(|digits| few_digits(digits, 2))
        })
    };
    shaped(word)
        && previous.is_some_and(|previous| {
            matches!(previous, "pcie" | "usb" | "nvme" | "thunderbolt" | "hdmi")
                || previous.contains('.')
                    && previous.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || shaped(previous)
        })
}

fn is_unit(word: &str) -> bool {
    const UNITS: &[&str] = &[
        "million",
        "billion",
        "percent",
        "per",
        "year",
        "years",
        "month",
        "months",
        "day",
        "days",
        "hour",
        "hours",
        "minutes",
        "inch",
        // "360-degree obstacle sensing" counts no dollars.
        "degree",
        "degrees",
        "inches",
        "gb",
        "tb",
        "mah",
        "mp",
        "megapixel",
        "hz",
        "w",
        "watt",
        "k",
        "hp",
        "horsepower",
        "km",
        "miles",
        "mph",
        "kwh",
        "kw",
        "fps",
        "nits",
        "nit",
        "mm",
        "ghz",
        "mhz",
        "cores",
        "core",
        // "8-layer HBM3E", "16-pin connector", "12-layer stacks".
        "layer",
        "layers",
        "pin",
        "seat",
        "seater",
        "bit",
        "week",
        "weeks",
    ];
    static INDEX: Index<()> = Index::new(|| word_set(UNITS));
    INDEX.contains_key(word)
}

/// Whether the month at `index` is when buyers get what the headline
/// announces, not a date announced: "Ryzen 9000 chips arrive in July",
/// "Raspberry Pi 5 is coming in October", and with where it comes between,
/// "Gears of War: Reloaded is coming to PS5 in August". But "Switch 2
/// reveal coming in April" is the date of an event.
fn month_of_availability(words: &[String], index: usize) -> bool {
    if index < 2 {
        return false;
    }
    let event_before = index >= 3
        && matches!(
            words[index - 3].as_str(),
            "reveal" | "event" | "keynote" | "showcase" | "presentation" | "direct"
        );
    let arriving = |at: usize| {
        AVAILABILITY.contains(&words[at].as_str())
            || matches!(
                words[at].as_str(),
                "coming" | "launches" | "launching" | "out"
            ) && !event_before
    };
    // "Mario & Luigi: Brothership announced for November": the window a
    // reveal gives, no day set.
    let revealed_for = words[index - 1] == "for"
        && matches!(
            words[index - 2].as_str(),
            "announced" | "announces" | "revealed" | "reveals" | "unveiled" | "unveils"
        )
        && words
            .get(index + 1)
            .is_none_or(|next| !is_small_number(next));
    revealed_for
        || arriving(index - 2)
        || words[index - 1] == "in"
            && (index.saturating_sub(5)..index - 2).any(|at| {
                arriving(at)
                    && words[at + 1..index - 1].iter().all(|between| {
                        matches!(between.as_str(), "to" | "on" | "for")
                            || line_of(between).is_some()
                            || device_of(between).is_some()
                            || is_small_number(between)
                    })
            })
}

fn is_role(word: &str) -> bool {
    static INDEX: Index<()> = Index::new(|| word_set(ROLES));
    INDEX.contains_key(word)
}

/// Words for a person's role, whose retirement is a departure.
const ROLES: &[&str] = &[
    "ceo",
    "coo",
    "cfo",
    "cto",
    "chief",
    "head",
    "boss",
    "president",
    "chairman",
    "chair",
    "founder",
    "cofounder",
    "executive",
    "exec",
];

/// Words before a date that make it the day buyers get a product.
const AVAILABILITY: &[&str] = &[
    "available",
    "availability",
    "arrive",
    "arrives",
    "arriving",
    "ships",
    "shipping",
    "sale",
    "stores",
];

/// Whether `word` is a month named as a time: "in March", "by Sept." (a
/// month with its day is a date of `date_at`'s; "may" is mostly a verb).
fn names_a_month(word: &str, previous: Option<&str>) -> bool {
    month_of(word).is_some()
        && previous.is_some_and(|previous| {
            matches!(
                previous,
                "in" | "on" | "for" | "this" | "next" | "until" | "by"
            )
        })
}

/// Whether "may" is the month: with its day after it ("May 5"), or after a
/// word that leads a month ("in May", "until May"); otherwise it is mostly a
/// verb ("Xiaomi 14 may launch").
fn may_is_month(previous: Option<&str>, next: Option<&str>) -> bool {
    // "May 12", "out May 2023".
    next.is_some_and(|next| day_of_month(next).is_some() || is_year(next))
        || previous.is_some_and(|previous| {
            matches!(
                previous,
                "in" | "on"
                    | "by"
                    | "until"
                    | "since"
                    | "from"
                    | "early"
                    | "late"
                    | "mid"
                    | "this"
                    | "next"
                    | "last"
                    | "through"
            )
        })
}

/// Which service pieces around an event (`event::COVERAGE`) a headline is:
/// "How to watch Apple's Glowtime event", "Galaxy S25 Unpacked livestream";
/// "What to expect from WWDC 2025", "What Apple is expected to announce";
/// "Apple event live blog", "all the news as it happens". Not "Ray-Ban Meta
/// glasses can livestream to Instagram", a feature, nor "Nvidia expects a
/// $5.5 billion hit".
fn coverage_of(words: &[String]) -> Events {
    let mut kinds = 0;
    for (index, word) in words.iter().enumerate() {
        let at = |offset: usize| {
            index
                .checked_sub(offset)
                .map(|before| words[before].as_str())
        };
        let next = words.get(index + 1).map(String::as_str);
        kinds |= match word.as_str() {
            "watch" if at(1) == Some("to") => event::WATCH,
            // "Livestream unveils broadcasting app for Google Glass" is
            // the company.
            "livestream" | "livestreams" | "stream"
                if index > 0
                    && (word != "stream" || at(1) == Some("live"))
                    && !matches!(
                        at(if word == "stream" { 2 } else { 1 }),
                        Some("can" | "to" | "will" | "lets" | "let" | "you" | "and")
                    ) =>
            {
                event::WATCH
            }
            "expect" => event::PREVIEW,
            // "What Apple is expected to announce on Monday"; not "Galaxy
            // S25 expected to launch January 22", a rumoured date.
            "expected"
                if next == Some("to") && (1..=3).any(|offset| at(offset) == Some("what")) =>
            {
                event::PREVIEW
            }
            "liveblog" => event::LIVE,
            // Not Android 16's "Live Updates", a feature a release brings:
            // "with live updates and better hearing aid support".
            "updates"
                if at(1) == Some("live")
                    && matches!(
                        at(2),
                        Some("with" | "and" | "adds" | "gets" | "brings" | "new")
                    ) =>
            {
                0
            }
            "blog" | "updates" | "coverage" if at(1) == Some("live") => event::LIVE,
            "happens" if at(1) == Some("it") && at(2) == Some("as") => event::LIVE,
            _ => 0,
        };
    }
    kinds
}

/// The kinds of event `word` tells, with the words around it: the arm of
/// `listed_event` for the word, where it has one (`EVENT_WORDS`), or what any
/// other word tells, a rise or a fall ("soars", "tumbles") or a delay ("push
/// back"). Most words have no arm: they skip the long match, which compares
/// the word with each arm's words in turn.
fn event_of(word: &str, previous: Option<&str>, next: Option<&str>) -> Events {
    enum Arm {
        Listed,
        Moves(Events),
    }
    static INDEX: Index<Arm> = Index::new(|| {
        let moves = FALL_WORDS
            .iter()
            .map(|word| (*word, Arm::Moves(event::FALL)))
            .chain(
                RISE_WORDS
                    .iter()
                    .map(|word| (*word, Arm::Moves(event::RISE))),
            );
        // A listed word goes through the whole match, which asks of moves
        // in its turn.
        moves
            .chain(EVENT_WORDS.iter().map(|word| (*word, Arm::Listed)))
            .collect()
    });
    match INDEX.get(word) {
        Some(Arm::Listed) => listed_event(word, previous, next),
        Some(Arm::Moves(_)) if gains_a_thing(word, next) => 0,
        Some(Arm::Moves(kind)) => *kind,
        None if pushes_back(word, next) => event::DELAY,
        None => 0,
    }
}

/// Whether the stocks a headline moves are a list of companies, as a
/// sector's are: "Rigetti, IonQ, D-Wave shares crater".
fn listed_stocks(title: &str) -> bool {
    // ASCII lowercase keeps every byte where it was, so `at` cuts the title.
    let lower = title.to_ascii_lowercase();
    let Some(at) = [" shares ", " stocks "]
        .iter()
        .filter_map(|noun| lower.find(noun))
        .min()
    else {
        return false;
    };
    let names: Vec<&str> = title[..at]
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .collect();
    names.len() >= 3
        && names.iter().all(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (1..=2).contains(&words.len())
                && words
                    .iter()
                    .all(|word| word.starts_with(|c: char| c.is_uppercase()))
        })
}

/// Sectors of the market whose stocks move together: "quantum computing
/// stocks", "chip stocks", "AI stocks".
const SECTORS: &[&str] = &[
    "quantum",
    "computing",
    "chip",
    "chipmaker",
    "semiconductor",
    "tech",
    "technology",
    "ai",
    "crypto",
    "bank",
    "ev",
    "solar",
    "software",
    "memory",
    "cybersecurity",
    "gaming",
    "media",
    "internet",
    "growth",
    "asian",
    "european",
];

/// Every word a pattern of `listed_event` names (a test reads them from its
/// source).
#[rustfmt::skip]
const EVENT_WORDS: &[&str] = &[
    "3c", "acknowledged", "acknowledges", "admits", "again", "alarmed", "alleged", "allegedly",
    "angry", "announced", "announces", "antitrust", "antutu", "apologise", "apologises",
    "apologize", "apologizes", "apology", "appeal", "appeals", "appointed", "appoints", "approval",
    "approved", "approves", "arrest", "arrested", "arrests", "arrive", "arrived", "arrives",
    "authorised", "authorises", "authorized", "authorizes", "available", "back", "backed",
    "backing", "backlash", "backs", "backtracked", "backtracking", "backtracks", "ban", "bankrupt",
    "bankruptcy", "banned", "banning", "bans", "begin", "begins", "benchmarked", "bend", "beta",
    "blacklist", "blacklisted", "blacklisting", "blacklists", "blamed", "blames", "block",
    "blocked", "blocking", "blocks", "blunder", "bootloop", "bootlooping", "bootloops", "breaking",
    "bricked", "bricking", "broken", "bug", "bugs", "case", "cases", "caused", "certification",
    "charge", "charged", "cheapest", "clarified", "clarifies", "cleared", "clears", "clemency",
    "cma", "commuted", "commutes", "compared", "comparison", "compensate", "compensates",
    "compensating", "compensation", "complain", "complaining", "complaints", "confirmed",
    "confirms", "convicted", "conviction", "cost", "costlier", "costs", "could", "countdown",
    "court", "crashes", "crashing", "criticised", "criticism", "criticized", "customers", "cut",
    "cuts", "date", "dates", "day", "dead", "deal", "deals", "debuted", "debuts", "delay",
    "delayed", "delaying", "delays", "denied", "denies", "departs", "departure", "detain", "detained", "detains",
    "died", "dies", "disassembly", "discount", "discounted", "discounts", "discover", "discovered",
    "discovers", "doj", "down", "drop", "drops", "dummies", "dummy", "durability", "earnings",
    "error", "errors", "estimates", "evidence", "exits", "expected", "expensive", "extradited",
    "fabricated", "faked", "fcc", "find", "finds", "fine", "fined", "fines", "fired", "firmware",
    "fix", "fixed", "fixes", "fixing", "flub", "flubs", "force", "forecast", "forecasts", "found",
    "ftc", "furious", "geekbench", "glimpse", "glitch", "goes", "greenlights", "greenlit",
    "guidance", "guilty", "halted", "halts", "hands", "here", "hike", "hiked", "hikes", "hired",
    "hires", "hotfix", "hotfixes", "ifixit", "images", "impairment", "impairments", "impressions",
    "increase", "increased", "increases", "indicted", "indictment", "insolvency", "introduced",
    "introduces", "investigates", "investigating", "investigation", "issue", "issues", "jailed",
    "jerryrigeverything", "join", "joining", "joins", "judge", "jury", "laid", "launched",
    "launches", "lawsuit", "lawsuits", "lay", "laying", "layoff", "layoffs", "lays", "leak",
    "leaked", "leaker", "leaks", "leave", "leaves", "leaving", "likely", "link", "live", "lived",
    "look", "loop", "looping", "loops", "loss", "losses", "lowest", "may", "melted", "melting",
    "melts", "might", "misleading", "misunderstanding", "mistake", "name", "obituary", "off", "official", "officially",
    "open", "opens", "order", "orders", "ota", "oust", "ousted", "ouster", "ousts", "outage",
    "outages", "outrage", "overheating", "owners", "pardon", "pardoned", "pardons", "passed",
    "passes", "patch", "patched", "patches", "patching", "pause", "paused", "pauses", "photos",
    "pictures", "plea", "plead", "pleaded", "pleading", "pleads", "poach", "poached", "poaches",
    "postpone", "postponed", "postpones", "preorder", "preordered", "preorders", "price", "priced",
    "prices", "pricier", "pricing", "prison", "probe", "probes", "probing", "problem", "problems", "profit",
    "profits", "purportedly", "pushback", "pushed", "pushes", "quarter", "quarterly", "question",
    "questions", "quit", "quits", "quitting", "raid", "raided", "raids", "rebrand", "rebranded",
    "rebranding", "rebrands", "reduction", "refund", "refunded", "refunding", "refunds",
    "regulator", "regulators", "rehired", "rehires", "reinstated", "reinstates", "rejected",
    "rejects", "released", "releases", "rename", "renamed", "renames", "renaming", "render",
    "renders", "repairability", "replaced", "report", "reportedly", "reproduce", "require",
    "requires", "resign", "resignation", "resigned", "resigning", "resigns", "resolved", "resolves",
    "responds", "response", "restarted", "restarting", "restarts", "restore", "restored",
    "restores", "restoring", "restrictions", "results", "resume", "resumed", "resumes", "resuming",
    "return", "returning", "returns", "revealed", "revenue", "reversal", "reverse", "reversed",
    "reverses", "reversing", "review", "reviewed", "reviews", "rolling", "rolls", "rules", "ruling",
    "rumor", "rumored", "rumors", "rumour", "rumoured", "rumours", "sacked", "sale", "sales",
    "save", "saves", "say", "scaled", "scales", "scaling", "sceptical", "scepticism", "sceptics",
    "scheduled", "schematics", "scratch", "scratched", "scrutiny", "scuffed", "scuffs", "sentence",
    "sentenced", "sentencing", "sets", "settle", "settled", "settlement", "settles", "settling",
    "shares", "shipping", "shots", "silence", "skeptical", "skepticism", "skeptics", "slam",
    "slams", "sorry", "speculation", "spotted", "spurned", "spurns", "staged", "start", "starts",
    "statement", "step", "stepping", "steps", "stock", "stocks", "stores", "successor", "sue",
    "sued", "sues", "suing", "suit", "surface", "surfaces", "suspension", "teardown", "teased",
    "teaser", "teases", "tenaa", "tested", "tipped", "tipster", "tried", "turned", "turns",
    "unbanned", "unbans", "unboxing", "uncertain", "unlikely", "unveiled", "unveils", "up",
    "update", "updates", "uproar", "used", "users", "uturn", "verdict", "versus", "vs", "walked",
    "walking", "walks", "warn", "warns", "watchdog", "watchdogs", "writedown", "writedowns",
    "writeoff", "writeoffs",
];

/// A company raising money, before the sum: "Skild AI raises $300M" (the
/// sum is `AmountUnit::Raised`, the verb the token "funding").
const RAISES: &[&str] = &["raises", "raised", "raising", "raise"];

/// Whether the word at `index` gives stolen data away rather than a
/// product before its launch or its release: "Hackers leak Qantas customer
/// data", "Qantas customer data released on dark web", "publish stolen
/// data".
fn exposes_data(words: &[String], index: usize) -> bool {
    let gives_away = matches!(
        words[index].as_str(),
        "leak"
            | "leaks"
            | "leaked"
            | "release"
            | "releases"
            | "released"
            | "publish"
            | "publishes"
            | "published"
            | "dump"
            | "dumps"
            | "dumped"
    );
    let data = |word: &String| {
        matches!(
            word.as_str(),
            "data" | "records" | "passwords" | "emails" | "dms"
        )
    };
    // Data told before the word is given away only when made public
    // ("customer data released"): "leaks data, leaked documents say" has
    // documents leaked to a reporter.
    let made_public = matches!(words[index].as_str(), "released" | "published" | "dumped");
    gives_away
        && (words[index + 1..].iter().take(4).any(data)
            || made_public && words[index.saturating_sub(2)..index].iter().any(data))
}

/// `event_of` for a word of `EVENT_WORDS`.
fn listed_event(word: &str, previous: Option<&str>, next: Option<&str>) -> Events {
    use event::*;
    match word {
        // "side-channel attack leaks encryption keys", "bug leaks data": a
        // flaw giving secrets away, no product leaked.
        "leak" | "leaks" | "leaked"
            if matches!(
                next,
                Some(
                    "data" | "keys" | "key" | "passwords" | "password" | "secrets" | "secret"
                        | "information" | "memory" | "sensitive" | "encryption" | "private"
                        | "personal" | "user" | "users" | "customer" | "vpn"
                )
            ) =>
        {
            0
        }
        // "over coolant leak fire risk", "oil leak": a fault, not a product
        // shown before its launch.
        "leak" | "leaks"
            if matches!(
                previous,
                Some(
                    "coolant" | "oil" | "fuel" | "water" | "gas" | "hydrogen" | "methane"
                        | "fluid" | "brake" | "chemical" | "radiation" | "air"
                )
            ) =>
        {
            0
        }
        "leak" | "leaks" | "leaked" | "leaker" | "renders" | "render" | "spotted" | "surfaces"
        | "surface"
            // "Galaxy S25 renders surface"; not "just scratching the surface".
            if word != "surface" || next.is_none() && previous != Some("the") =>
        {
            LEAK
        }
        // "Pixel 9 Pro live images show the camera bar", "iPhone 17 Air
        // dummy units", "Galaxy S25 schematics": what leaks before a launch
        // (not a prototype, which makers show themselves).
        "images" | "photos" | "pictures" if previous == Some("live") => LEAK,
        "dummy" | "dummies" | "schematics" => LEAK,
        // "Snapdragon 8 Elite benchmarked".
        "benchmarked" => BENCHMARK,
        // "Galaxy Watch 7 gets a price hike" rises; "a price cut" is a
        // discount.
        "hike" | "hikes" | "hiked" | "increase" | "increases" | "increased"
            if matches!(previous, Some("price" | "prices")) =>
        {
            PRICE | RISE
        }
        "cut" | "cuts" | "drop" | "drops" | "reduction"
            if matches!(previous, Some("price" | "prices")) =>
        {
            PRICE | DISCOUNT
        }
        // "Galaxy S24 pre-orders open": orders taken before the day it
        // reaches stores.
        "preorder" | "preorders" | "preordered" => PREORDER,
        "layoff" | "layoffs" => LAYOFF,
        // "Disney Plus is getting more expensive" raises its price.
        "expensive" if previous == Some("more") => PRICE | RISE,
        "pricier" | "costlier" => PRICE | RISE,
        // "lifts ban on X", "ends suspension": the ban over.
        "ban" | "bans" | "suspension" | "block" | "restrictions"
            if matches!(
                previous,
                Some("lift" | "lifts" | "lifted" | "lifting" | "ends" | "ended" | "overturns")
            ) =>
        {
            FIX
        }
        "unbans" | "unbanned" => FIX,
        "ban" | "bans" | "banned" | "banning" | "suspension" => BAN,
        // "X is blocked in Brazil".
        "blocked" if next == Some("in") => BAN,
        "lay" | "lays" | "laid" | "laying" if next == Some("off") => LAYOFF,
        "orders" | "order" if previous == Some("pre") => PREORDER,
        // "an exploit that could infect iPhones": what a thing can do, no
        // hedge on the news.
        "could" | "might" if matches!(previous, Some("that" | "which")) => 0,
        // "prices IPO above expected range", "better than expected": a
        // measure, no hedge.
        "expected"
            if matches!(
                previous,
                Some("above" | "below" | "than" | "beat" | "beats" | "tops" | "exceeds" | "misses" | "missed")
            ) =>
        {
            0
        }
        "rumor" | "rumors" | "rumored" | "rumour" | "rumours" | "rumoured" | "reportedly"
        | "tipped" | "tipster" | "allegedly" | "alleged" | "might" | "could" | "expected"
        | "uncertain" | "purportedly" | "speculation" => RUMOR,
        // "less likely to invent facts" compares; it does not hedge.
        "likely" | "unlikely" if !matches!(previous, Some("less" | "more" | "most")) => RUMOR,
        "may" if !may_is_month(previous, next) => RUMOR,
        // "The OnePlus 13 is here", "Claude 4 models are here".
        // "Android 15 stable update is finally here for Pixels".
        "here" if matches!(previous, Some("is" | "are" | "finally")) => OFFICIAL | ON_SALE,
        // "Skype is officially dead", "Nvidia officially calls off its
        // attempt to buy Arm": an end, not a launch.
        "officially"
            if matches!(
                next,
                Some(
                    "dead"
                        | "gone"
                        | "over"
                        | "ends"
                        | "ended"
                        | "discontinued"
                        | "retired"
                        | "retires"
                        | "shut"
                        | "calls"
                        | "called"
                        | "cancels"
                        | "cancelled"
                        | "canceled"
                        | "scraps"
                        | "scrapped"
                        | "abandons"
                        | "abandoned"
                        | "abandon"
                        | "end"
                        | "terminates"
                        | "terminated"
                        | "kills"
                        | "killed"
                        | "drops"
                        | "dropped"
                        // A ruling or a ban, no launch: "FCC officially
                        // declares AI-voiced robocalls illegal".
                        | "declares"
                        | "declared"
                        | "bans"
                        | "banned"
                        | "rules"
                        | "ruled"
                        | "votes"
                        | "voted"
                        | "sues"
                        | "sued"
                )
            ) =>
        {
            0
        }
        // "Pixel 9a official renders leak": the maker's own pictures, shown
        // before the launch, not the launch.
        "official"
            if matches!(
                next,
                Some(
                    "renders"
                        | "render"
                        | "images"
                        | "photos"
                        | "pictures"
                        | "press"
                        | "marketing"
                        | "wallpapers"
                        | "cases"
                )
            ) =>
        {
            0
        }
        "official" | "officially" | "confirmed" | "confirms" | "announced" | "announces"
        | "unveiled" | "unveils" | "launched" | "launches" | "debuts" | "introduces"
        | "introduced" | "revealed" | "released" | "releases" | "debuted" => OFFICIAL,
        // "sets a date"; not "as crypto winter sets in".
        "sets" if next != Some("in") => OFFICIAL,
        // "Galaxy S24 arrives with Galaxy AI"; not "arrives on PS5 in April".
        "arrive" | "arrives" | "arrived" if next == Some("with") => OFFICIAL,
        // "goes official", "goes live", "goes global"; not "goes wrong" or "goes dark".
        "goes"
            if matches!(
                next,
                Some("official" | "live" | "global" | "international" | "worldwide" | "on")
            ) =>
        {
            OFFICIAL
        }
        "date" | "dates" | "teaser" | "teases" | "teased" | "glimpse" | "scheduled"
        | "countdown" => DATE,
        "review" | "reviewed" => REVIEW,
        // "I tested the Pixel 10 Pro for a week", "I've used": a review in
        // the first person.
        "tested" | "used" | "tried" | "lived" if matches!(previous, Some("i" | "ve" | "we")) => {
            REVIEW
        }
        // "iPad Mini 7 Reviews:", "Vision Pro reviews are in"; not "EU
        // reviews the deal".
        "reviews"
            if previous.is_some_and(|previous| {
                previous.bytes().any(|b| b.is_ascii_digit())
                    || is_modifier(previous)
                    || line_of(previous).is_some()
            }) || matches!(next, Some("roundup" | "are")) =>
        {
            REVIEW
        }
        // Not "Ford BlueCruise hands-free driving system".
        "hands" if !matches!(next, Some("free" | "off")) => HANDS_ON,
        "impressions" | "unboxing" => HANDS_ON,
        "look" | "shots" if previous == Some("first") => HANDS_ON,
        "teardown" | "ifixit" | "disassembly" | "repairability" => TEARDOWN,
        "drop" if !matches!(next, Some("test" | "tests")) => FALL,
        "durability" | "bend" | "drop" | "scratch" | "jerryrigeverything" => DURABILITY,
        // "Alphabet shares dive": a move in the market, not "Samsung shares details".
        "shares" | "stock" | "stocks"
            if next
                .is_some_and(|next| RISE_WORDS.contains(&next) || FALL_WORDS.contains(&next)) =>
        {
            if word == "stocks" && previous.is_some_and(|previous| SECTORS.contains(&previous)) {
                SECTOR
            } else {
                STOCK
            }
        }
        _ if gains_a_thing(word, next) => 0,
        _ if RISE_WORDS.contains(&word) => RISE,
        _ if FALL_WORDS.contains(&word) => FALL,
        // "up 6 cents", "prices go up", "creeping up"; not "sign up" or "is down".
        "up" | "down"
            if next.is_some_and(is_number)
                || previous.is_some_and(|previous| MOVES.contains(&previous)) =>
        {
            if word == "up" {
                RISE
            } else {
                FALL
            }
        }
        // "Helldivers 2 pulled from sale": the game leaves the store.
        "sale" | "sales" if previous == Some("from") => SHUTDOWN,
        // "Lordstown Motors puts itself up for sale": an owner sought, not a
        // price.
        "sale" if previous == Some("for") => 0,
        // "Redmi Note 14 series first sale today": days after the launch.
        "sale" | "sales" if previous == Some("first") => ON_SALE | FIRST_SALE,
        // "goes on sale", "on sale now": the day it reaches buyers; "on sale
        // for $699" is a discount.
        // "back on sale after court grants stay" is the day it is sold again.
        "sale"
            if previous == Some("on")
                && matches!(
                    next,
                    None | Some("now" | "today" | "in" | "again" | "after")
                ) =>
        {
            ON_SALE
        }
        "available" if previous == Some("now") || next == Some("now") => ON_SALE,
        // "Twitter Blue is now live"; "live" alone is also "live translation".
        "live" if previous == Some("now") => ON_SALE,
        // "iPhone 16 preorders are now open", as "Pre-Orders Now Live".
        "open" if previous == Some("now") => ON_SALE,
        "day" if previous == Some("launch") => ON_SALE,
        "open" | "opens" | "live" | "begin" | "begins" | "start" | "starts"
            if matches!(previous, Some("preorders" | "orders" | "sales")) =>
        {
            ON_SALE
        }
        "stores" if matches!(previous, Some("hits" | "hit" | "in")) => ON_SALE,
        "shipping" if matches!(previous, Some("now" | "starts" | "begins")) => ON_SALE,
        // A deal is also a merger's: "The Adobe-Figma deal is dead".
        "deal" | "deals" => PRICE,
        "discount" | "discounts" | "discounted" => PRICE | DISCOUNT,
        // "$100 off", "20 percent off"; "lowest price yet", "save $200".
        "off" if previous.is_some_and(|previous| is_numeral(previous) || previous == "percent") => {
            PRICE | DISCOUNT
        }
        "lowest" | "cheapest" if matches!(next, Some("price" | "prices" | "ever")) => {
            PRICE | DISCOUNT
        }
        "save" | "saves" if next.is_some_and(is_numeral) => PRICE | DISCOUNT,
        // "will cost it $5.5 billion", "costs it $3.1 billion in quarterly
        // profit": a charge to a company, not what buyers pay.
        "cost" | "costs" if matches!(next, Some("it" | "them" | "us")) => 0,
        "price" | "prices" | "priced" | "pricing" | "cost" | "costs" | "sale" => PRICE,
        "update" | "updates" | "firmware" | "patch" | "beta" | "ota" | "rolling" | "rolls" => {
            UPDATE
        }
        // "Apple issues second iOS 18.2 beta", "Google issues a fix": the
        // verb, not a problem.
        "issue" | "issues"
            if next.is_some_and(|next| SOFTWARE_LINES.contains(&next))
                || matches!(
                    next,
                    Some(
                        "a" | "an"
                            | "the"
                            | "its"
                            | "new"
                            | "first"
                            | "second"
                            | "third"
                            | "fourth"
                            | "fifth"
                            | "update"
                            | "updates"
                            | "fix"
                            | "patch"
                            | "beta"
                            | "betas"
                    )
                ) =>
        {
            0
        }
        // "a Deep Think mode for harder problems", "solves math problems":
        // problems a thing is made for, not ones it has.
        "problem" | "problems"
            if matches!(
                previous,
                Some("harder" | "hard" | "complex" | "difficult" | "math" | "solves" | "solve")
            ) =>
        {
            0
        }
        "complain" | "complaints" | "complaining" | "issue" | "issues" | "problem" | "problems"
        | "bug" | "bugs" | "glitch" | "overheating" | "crashing" | "crashes" | "melting"
        | "melts" | "melted" | "furious" | "angry" | "backlash" | "outrage" | "slam" | "slams"
        | "error" | "errors" | "mistake" | "flub" | "flubs" | "blunder" | "faked"
        | "fabricated" | "staged" | "misleading" | "alarmed" | "uproar" | "criticism"
        | "criticized" | "criticised" | "skeptics" | "sceptics" | "skeptical" | "sceptical"
        | "skepticism" | "scepticism" | "pushback" | "scuffs" | "scuffed" | "scratched" | "bricked"
        | "bricking" | "bootloop" | "bootloops" | "bootlooping" => COMPLAINT,
        // "Physicists question Microsoft's Majorana 1 claims", "raises
        // questions about"; not "answers questions".
        "question"
            if previous.is_some_and(|previous| {
                previous.ends_with('s')
                    && !matches!(
                        previous,
                        "answers" | "asks" | "is" | "was" | "has" | "this" | "its" | "us" | "as"
                    )
            }) =>
        {
            COMPLAINT
        }
        "questions" if matches!(previous, Some("raises" | "raise" | "raising" | "faces" | "face")) => {
            COMPLAINT
        }
        // "Owners say Samsung's 990 Pro SSD health is dropping fast",
        // "..., users say", "Galaxy S22 users report boot loops".
        "say" | "report"
            if matches!(
                previous,
                Some("users" | "owners" | "customers" | "players" | "gamers" | "subscribers")
            ) =>
        {
            COMPLAINT
        }
        // "Windows 11 update reportedly breaking SSDs"; not "breaking
        // records" or "breaking ground".
        "breaking"
            if next.is_some_and(|next| {
                !matches!(
                    next,
                    "news"
                        | "record"
                        | "records"
                        | "point"
                        | "ground"
                        | "silence"
                        | "barriers"
                        | "up"
                        | "down"
                        | "away"
                        | "free"
                        | "even"
                        | "bad"
                        | "new"
                        | "in"
                        | "into"
                        | "out"
                )
            }) =>
        {
            COMPLAINT
        }
        // "Phison found no evidence that Windows 11 update is bricking
        // SSDs", "Microsoft finds no link", "couldn't reproduce": a
        // company answering reports, not a report.
        "evidence" | "link" if previous == Some("no") => STATEMENT,
        "reproduce" if matches!(previous, Some("couldn" | "t" | "cannot" | "not" | "unable")) => {
            STATEMENT
        }
        // "Galaxy S22 users report boot loops".
        "loop" | "loops" | "looping" if previous == Some("boot") => COMPLAINT,
        // "Eufy cameras can stream unencrypted video, researchers find": a
        // flaw reported, not the maker's word on it.
        "find" | "finds" | "found" | "discover" | "discovers" | "discovered" | "warn" | "warns"
            if matches!(previous, Some("researchers" | "researcher")) =>
        {
            COMPLAINT
        }
        // "Older Chromecasts are suddenly broken"; not "a broken record"
        // or "broken promises".
        "broken" if !matches!(next, Some("record" | "records" | "promise" | "promises")) => {
            COMPLAINT
        }
        // "paid a ransom to restore dealership software": what it is for,
        // not yet done.
        "restore" if previous == Some("to") => STATEMENT,
        // "Apple patches Pegasus exploit"; not "Patch Tuesday".
        "patches" | "patching" if next != Some("tuesday") => FIX,
        // "Jio launches AirFiber 5G fixed wireless service": a kind of line,
        // not a fix.
        "fixed"
            if matches!(
                next,
                Some("wireless" | "broadband" | "line" | "lines" | "price" | "prices" | "rate" | "fee")
            ) =>
        {
            0
        }
        "fix" | "fixes" | "fixed" | "fixing" | "patched" | "resolves" | "resolved" | "hotfix"
        | "hotfixes"
        | "restore" | "restores" | "restored" | "restoring" => FIX,
        // "Facebook and Instagram are back after a major outage", "back
        // online"; not "back as CEO" or "back on sale".
        "back"
            if matches!(next, Some("up" | "online"))
                || matches!(previous, Some("is" | "are"))
                    && matches!(next, None | Some("after")) =>
        {
            FIX
        }
        // An outage is a problem report: "AT&T's network is down", "outage hits thousands".
        "outage" | "outages" => COMPLAINT,
        // "NHTSA investigates Ford's BlueCruise": a regulator's probe of a
        // company; "Uber is investigating a cybersecurity incident" is the
        // company's word.
        "investigating" | "investigates" if next.is_some_and(|next| company_of(next).is_some()) => {
            LEGAL
        }
        // "Okta probes report of digital breach": a company looking into
        // claims made of it, as "investigating claims" is.
        "probes" | "probing"
            if matches!(
                next,
                Some("report" | "reports" | "claim" | "claims" | "possible" | "alleged" | "apparent")
            ) =>
        {
            STATEMENT
        }
        "statement" | "responds" | "response" | "acknowledges" | "acknowledged" | "admits"
        | "apologizes" | "apologises" | "apologize" | "apologise" | "apology" | "sorry"
        | "investigating" | "investigates" | "clarifies" | "clarified" | "denies" | "denied"
        | "misunderstanding" => STATEMENT,
        // The cause a company gives: "AT&T blames outage on an incorrect
        // process", "says outage was caused by a software update error".
        "blames" | "blamed" => STATEMENT,
        // Not "CDK Global outage caused by cyberattack impacts car
        // dealerships", which reports the outage.
        "caused" if next == Some("by") && matches!(previous, Some("was" | "were" | "is" | "been")) => {
            STATEMENT
        }
        // A refund or compensation is the maker's answer to a fault, not one
        // more report of it: "OnePlus is giving refunds over a storage error".
        "refund" | "refunds" | "refunding" | "refunded" | "compensation" | "compensate"
        | "compensates" | "compensating" => STATEMENT,
        "owners" | "users" | "customers" if matches!(next, Some("report" | "complain")) => {
            COMPLAINT
        }
        // "Spotted on Geekbench"; not "human-level performance on benchmarks",
        // which launches of AI models all claim.
        // China's 3C certification lists a phone's charging before launch.
        // The FCC lists a device before its launch ("Pixel 9a spotted at the
        // FCC", "passes FCC", "FCC filing reveals"); it also rules ("The
        // FCC votes to restore net neutrality"), which is no listing.
        "fcc"
            if matches!(
                previous,
                Some("at" | "by" | "via" | "passes" | "clears" | "hits" | "visits" | "through")
            ) || matches!(
                next,
                Some(
                    "listing"
                        | "listings"
                        | "certification"
                        | "certified"
                        | "filing"
                        | "filings"
                        | "documents"
                        | "database"
                        | "reveals"
                        | "confirms"
                )
            ) =>
        {
            BENCHMARK
        }
        // A maker's cheating on its certification tests is no listing.
        "certification"
            if matches!(
                next,
                Some("scandal" | "test" | "tests" | "testing" | "fraud" | "irregularities")
            // A standard's certification that begins ("Wi-Fi 7 certification
            // begins") is no device's listing either.
                    | Some("begins" | "starts" | "program" | "programme" | "launches")
            ) =>
        {
            0
        }
        "geekbench" | "antutu" | "tenaa" | "certification" | "3c" => BENCHMARK,
        "vs" | "versus" | "compared" | "comparison" => COMPARISON,
        // A settlement ends a lawsuit, whether or not the headline says so:
        // "Apple will pay $95 million to settle claims that Siri listened".
        "lawsuit" | "lawsuits" | "sue" | "sues" | "sued" | "suing" | "suit" => LEGAL | SUIT,
        "settle" | "settles" | "settled" | "settling" | "settlement" => LEGAL | SUIT | SETTLEMENT,
        // Authorities that search a company's offices investigate it; a
        // game's raids are no news of the law.
        "raid" | "raids" | "raided"
            if previous.is_some_and(|previous| {
                matches!(previous, "ministry" | "police" | "authorities" | "regulators" | "prosecutors")
            }) || next.is_some_and(|next| {
                matches!(next, "headquarters" | "offices" | "office" | "hq")
            }) =>
        {
            LEGAL
        }
        "antitrust" | "probe" | "probes" | "court" | "judge" | "ruling" | "rules" | "appeal"
        | "appeals" | "fine" | "fined" | "fines" | "regulator" | "regulators" | "investigation"
        | "watchdog" | "watchdogs" | "scrutiny" | "ftc" | "doj" | "cma" => LEGAL,
        // "Meta wins AI copyright case", "Google wins case against Epic";
        // not a phone's case or a use case.
        "case" | "cases"
            if matches!(
                previous,
                Some(
                    "copyright"
                        | "antitrust"
                        | "patent"
                        | "trademark"
                        | "fraud"
                        | "criminal"
                        | "privacy"
                        | "monopoly"
                        | "court"
                        | "legal"
                        | "wins"
                        | "won"
                        | "win"
                        | "loses"
                        | "lost"
                        | "lose"
                )
            ) =>
        {
            LEGAL
        }
        // "calls French arrest 'misguided'", "after his arrest": the noun
        // is what the news is about, not what happened; "police arrest
        // Telegram CEO", "to arrest" are the verb.
        "arrest"
            if !matches!(
                previous,
                Some(
                    "police"
                        | "authorities"
                        | "officials"
                        | "agents"
                        | "fbi"
                        | "to"
                        | "will"
                        | "could"
                        | "may"
                        | "might"
                )
            ) =>
        {
            LEGAL
        }
        "arrest" | "arrested" | "arrests" | "charged" | "indicted" | "indictment"
        | "extradited" | "detained" | "detains" | "detain" => LEGAL | ARREST,
        // "Pavel Durov breaks his silence".
        "silence"
            if matches!(
                previous,
                Some("breaks" | "broke" | "breaking" | "his" | "her" | "its" | "their")
            ) =>
        {
            STATEMENT
        }
        "plea" | "pleads" | "plead" | "pleaded" | "pleading" => LEGAL | PLEA,
        // "pleads guilty" is the plea, "found guilty" the verdict.
        "guilty"
            if matches!(
                previous,
                Some("pleads" | "plead" | "pleaded" | "pleading" | "not")
            ) =>
        {
            LEGAL | PLEA
        }
        "verdict" | "jury" | "convicted" | "conviction" | "guilty" => LEGAL | VERDICT,
        // "Trump pardons Nikola founder", "gets presidential pardon",
        // "commutes sentence": the verdict and sentence undone.
        "pardon" | "pardons" | "pardoned" | "clemency" | "commutes" | "commuted" => PARDON,
        "sentence" | "sentenced" if matches!(previous, Some("commutes" | "commuted")) => PARDON,
        "sentenced" | "sentence" | "sentencing" | "jailed" | "prison" => LEGAL | SENTENCE,
        "earnings" | "revenue" | "profit" | "profits" | "quarterly" | "results" | "forecast"
        | "forecasts" | "guidance" | "estimates" => EARNINGS,
        // "files for bankruptcy", "declares bankruptcy", "seeks bankruptcy
        // protection", "goes bankrupt"; not "bankrupt Northvolt's plant".
        "bankruptcy" | "insolvency"
            if matches!(
                previous,
                Some(
                    "for" | "declares" | "declared" | "declare" | "enters" | "entered" | "seeks"
                        | "sought" | "into" | "file" | "files"
                )
            ) || matches!(next, Some("protection" | "filing" | "filings")) =>
        {
            BANKRUPTCY
        }
        "blacklist" | "blacklists" | "blacklisted" | "blacklisting" => BAN,
        // "Fisker is bankrupt", "Lordstown Motors is bankrupt and blames
        // Foxconn", "officially bankrupt".
        "bankrupt"
            if matches!(
                previous,
                Some(
                    "goes" | "went" | "go" | "going" | "declared" | "declares" | "is" | "now"
                        | "officially"
                )
            ) =>
        {
            BANKRUPTCY
        }
        // A charge on the books: "Square Enix takes ¥22.1bn loss on abandoned
        // games", "books $140 million in content writedowns"; not "data
        // loss" or "hearing loss".
        "writedown" | "writedowns" | "writeoff" | "writeoffs" | "impairment" | "impairments" => {
            EARNINGS
        }
        "loss" | "losses" | "charge"
            if previous.is_some_and(|previous| {
                is_number(previous)
                    || matches!(previous, "million" | "billion" | "trillion")
            }) =>
        {
            EARNINGS
        }
        // "Nvidia made $44.1 billion last quarter", "its first $100 billion quarter".
        "quarter" if matches!(previous, Some("last" | "record" | "best" | "billion")) => EARNINGS,
        "fired" | "ousted" | "ousts" | "oust" | "ouster" | "resigns" | "resigned"
        | "resignation" | "resign" | "resigning" | "quit" | "quits" | "quitting" | "exits"
        | "departs" | "departure" | "sacked" | "leaves" | "leaving" => DEPARTURE,
        "steps" | "step" | "stepping" if matches!(next, Some("down" | "aside")) => DEPARTURE,
        // "Gensler to leave SEC on Inauguration Day"; not "parental leave".
        "leave" if matches!(previous, Some("to" | "will" | "would")) => DEPARTURE,
        // "steps down as CEO, replaced by Google executive": a successor named.
        "replaced" if next == Some("by") => APPOINTMENT,
        "pushes" | "pushed" if next == Some("out") => DEPARTURE,
        "hires" | "hired" | "appoints" | "appointed" | "reinstated" | "reinstates" | "rehires"
        | "rehired" | "join" | "joins" | "joining" | "poaches" | "poached" | "poach" => {
            APPOINTMENT
        }
        // "Sabih Khan named successor", "names Guthrie his successor"; not
        // a product's: "Chromecast's Successor Is a Smart Home Hub".
        "successor"
            if matches!(
                previous,
                Some(
                    "his"
                        | "her"
                        | "their"
                        | "named"
                        | "names"
                        | "name"
                        | "naming"
                        | "finds"
                        | "find"
                        | "picks"
                        | "taps"
                        | "ceo"
                        | "chosen"
                        | "possible"
                        | "likely"
                )
            ) || next == Some("as") =>
        {
            APPOINTMENT
        }
        // "return as CEO"; not "Starliner returns to Earth".
        "return" | "returns" | "returning" if next == Some("as") => APPOINTMENT,
        "back" if next == Some("as") => APPOINTMENT,
        // "GM halts funding of Cruise robotaxi development": the end of it.
        "halts" | "halted" if next == Some("funding") => SHUTDOWN,
        "delay" | "delays" | "delayed" | "delaying" | "postpone" | "postpones" | "postponed"
        | "pause" | "pauses" | "paused" | "halts" | "halted" => DELAY,
        "block" | "blocks" | "blocked" | "blocking" | "rejects" | "rejected" | "spurns"
        | "spurned" => BLOCK,
        "turns" | "turned" if next == Some("down") => BLOCK,
        "walks" | "walked" if next == Some("away") => BLOCK,
        "approves" | "approved" | "approval" | "greenlights" | "greenlit" | "clears" | "cleared" | "authorizes"
        | "authorized" | "authorises" | "authorised" => APPROVAL,
        // "dies at 56", "has died", "passes away"; not "Stadia dies in January".
        "dies" | "died"
            if matches!(next, None | Some("at" | "aged" | "after" | "following"))
                || matches!(previous, Some("has" | "have")) =>
        {
            DEATH
        }
        "dead" if next == Some("at") => DEATH,
        "passes" | "passed" if next == Some("away") => DEATH,
        "obituary" => DEATH,
        "rename" | "renames" | "renamed" | "renaming" | "rebrand" | "rebrands" | "rebranded"
        | "rebranding" => RENAME,
        // "Max is changing its name back to HBO Max", "gets a new name".
        "name" if matches!(previous, Some("its" | "new")) => RENAME,
        _ if pushes_back(word, next) => DELAY,
        // A new rule announced: "Helldivers 2 will require PSN accounts",
        // "Sony will force PC players to link an account".
        "require" | "requires" | "force" if matches!(previous, Some("will" | "to" | "now")) => {
            OFFICIAL
        }
        "reverses" | "reversed" | "reverse" | "reversing" | "reversal" | "backtracks"
        | "backtracked" | "backtracking" | "uturn" => REVERSAL,
        // A pause ended, as a service restored: "Samsung resumes One UI 7
        // rollout", "is rolling out again after Samsung's pause"; sales
        // resumed are a product back on sale ("Apple can resume selling
        // Apple Watches").
        // "Amazon restarts drone deliveries"; not "restarting your phone".
        "restarts" | "restarted" | "restarting" if matches!(next, Some("your" | "it")) => 0,
        "resumes" | "resumed" | "resume" | "resuming" | "restarts" | "restarted" | "restarting"
            if !matches!(previous, Some("sales" | "shipments" | "orders"))
                && !matches!(next, Some("selling" | "sales" | "shipping" | "shipments")) =>
        {
            FIX
        }
        // So is a service working again: "Alaska Airlines flights taking
        // off again".
        "again"
            if matches!(
                previous,
                Some("out" | "rolling" | "off" | "flying" | "working" | "online")
            ) =>
        {
            FIX
        }
        // "Sony backs down on ...", "walks back its plan".
        "backs" | "backed" | "backing" if next == Some("down") => REVERSAL,
        "walks" | "walked" | "walking" | "scales" | "scaled" | "scaling"
            if next == Some("back") =>
        {
            REVERSAL
        }
        _ => 0,
    }
}

/// Whether the number at `index` is a count reached: "hits 1 billion
/// users", "hits over 500,000", "peaks at over 1.3 million players".
fn is_reached(words: &[String], index: usize) -> bool {
    let mut at = index;
    if at > 0
        && matches!(
            words[at - 1].as_str(),
            "over" | "nearly" | "almost" | "about" | "around"
        )
    {
        at -= 1;
    }
    let Some(verb) = at.checked_sub(1).map(|before| words[before].as_str()) else {
        return false;
    };
    MILESTONES.contains(&verb)
        || verb == "at"
            && at >= 2
            && matches!(
                words[at - 2].as_str(),
                "peaks" | "peaked" | "peak" | "peaking"
            )
}

/// Verbs that, before a number, say it was reached: "Bitcoin tops $100,000".
const MILESTONES: &[&str] = &[
    "top",
    "tops",
    "topped",
    "hit",
    "hits",
    "cross",
    "crosses",
    "crossed",
    "break",
    "breaks",
    "broke",
    "pass",
    "passes",
    "passed",
    "reach",
    "reaches",
    "reached",
    "surpass",
    "surpasses",
    "surpassed",
    "exceed",
    "exceeds",
    "exceeded",
    "clears",
    "cleared",
];

/// Whether a word puts something off: "pushed back to October 7".
fn pushes_back(word: &str, next: Option<&str>) -> bool {
    matches!(word, "push" | "pushes" | "pushed" | "pushing") && next == Some("back")
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The year of "Name (2024)": four digits from 1990 to 2099 in parentheses
/// after a word, not at the start of the headline.
fn edition_year(title: &str) -> Option<&str> {
    let at = title.find('(')?;
    let year = title.get(at + 1..at + 5)?;
    let closed = title.get(at + 5..at + 6) == Some(")");
    let after_word = title[..at]
        .trim_end()
        .chars()
        .last()
        .is_some_and(char::is_alphanumeric);
    (closed
        && after_word
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") && year >= "1990" || year.starts_with("20")))
    .then_some(year)
}

/// Whether the word at `index` passes a law ("passes right to repair law",
/// "signs ... into law", "Australia passes social media ban") or tells the day
/// one takes effect ("comes into force", "takes effect", "is now in effect",
/// "begins enforcing"). Not "Nvidia passes Apple" or "Apple signs a deal".
fn law_stage(words: &[String], index: usize) -> Option<Events> {
    const LAWS: &[&str] = &["law", "laws", "bill", "act", "legislation", "ban"];
    let word = words[index].as_str();
    let next = words.get(index + 1).map(String::as_str);
    let previous = index.checked_sub(1).map(|before| words[before].as_str());
    match word {
        "passes" | "passed" | "signs" | "signed" | "enacts" | "enacted"
            if words[index + 1..]
                .iter()
                .take(8)
                .any(|after| LAWS.contains(&after.as_str())) =>
        {
            Some(event::ENACTED)
        }
        // A regulator's rule adopted: "FCC adopts ruling requiring carriers
        // to secure networks", "FAA finalizes rules for air taxi pilots".
        "adopts" | "adopted" | "finalizes" | "finalized" | "finalises" | "finalised"
            if words[index + 1..].iter().take(3).any(|after| {
                matches!(
                    after.as_str(),
                    "rule" | "rules" | "ruling" | "regulation" | "regulations"
                )
            }) =>
        {
            Some(event::ENACTED)
        }
        // "enters into force", "is now in force"; not "in force majeure".
        "force"
            if previous == Some("into")
                || previous == Some("in") && index >= 2 && words[index - 2] == "now" =>
        {
            Some(event::IN_FORCE)
        }
        "effect"
            if matches!(
                previous,
                Some("takes" | "took" | "take" | "taking" | "in" | "into")
            ) =>
        {
            Some(event::IN_FORCE)
        }
        "in" if matches!(previous, Some("kicks" | "kicked")) => Some(event::IN_FORCE),
        "enforcing" if matches!(previous, Some("begins" | "starts" | "began" | "started")) => {
            Some(event::IN_FORCE)
        }
        "enforcement" if matches!(next, Some("begins" | "starts")) => Some(event::IN_FORCE),
        _ => None,
    }
}

/// Whether the word cuts staff: "cut more than 15% of its workforce",
/// "cuts 9,000 jobs", "workforce cut", "job cuts", "latest round of cuts";
/// not "cuts prices" or "cut the cord".
fn cuts_staff(words: &[String], index: usize) -> bool {
    let staff = |word: &String| {
        matches!(
            word.as_str(),
            "job"
                | "jobs"
                | "workforce"
                | "employees"
                | "staff"
                | "workers"
                | "roles"
                | "positions"
        )
    };
    matches!(
        words[index].as_str(),
        "cut"
            | "cuts"
            | "cutting"
            | "slash"
            | "slashes"
            | "slashed"
            | "slashing"
            | "axe"
            | "axes"
            | "axed"
            | "axing"
            | "shed"
            | "sheds"
            | "shedding"
            | "eliminate"
            | "eliminates"
            | "eliminating"
    ) && (words[index + 1..].iter().take(7).any(staff)
        || index > 0 && staff(&words[index - 1])
        || index > 1
            && words[index - 1] == "of"
            && matches!(words[index - 2].as_str(), "round" | "wave"))
        // "Tesla fires its entire Supercharger team": a team let go, not a
        // person fired.
        || matches!(words[index].as_str(), "fires" | "fired" | "firing")
            && words[index + 1..]
                .iter()
                .take(4)
                .any(|word| staff(word) || matches!(word.as_str(), "team" | "teams" | "division"))
}

/// Whether the word at `index` is one of `verbs` with one of `objects`
/// among the `within` words after it: "closes its office", "breached tech
/// rules".
fn verb_with_object(
    words: &[String],
    index: usize,
    verbs: &[&str],
    within: usize,
    objects: &[&str],
) -> bool {
    verbs.contains(&words[index].as_str())
        && words[index + 1..]
            .iter()
            .take(within)
            .any(|word| objects.contains(&word.as_str()))
}

/// Whether the word at `index` tells rules broken: "breached tech rules",
/// "breaking the Digital Services Act", "violates EU law".
fn breaks_rules(words: &[String], index: usize) -> bool {
    verb_with_object(
        words,
        index,
        &[
            "breach",
            "breached",
            "breaches",
            "breaching",
            "broke",
            "breaks",
            "breaking",
            "violate",
            "violates",
            "violated",
            "violating",
        ],
        4,
        &[
            "rules",
            "rule",
            "law",
            "laws",
            "act",
            "regulations",
            "regulation",
        ],
    )
}

/// Whether the word at `index` ends something a company offers: "ending
/// its Basic plan", "ends the free tier"; not "ends talks" or "end of
/// support".
fn ends_offering(words: &[String], index: usize) -> bool {
    verb_with_object(
        words,
        index,
        &["end", "ends", "ending"],
        3,
        &[
            "plan",
            "plans",
            "tier",
            "tiers",
            "subscription",
            "subscriptions",
            "program",
        ],
    )
}

/// Whether the word at `index` closes a place of business: "closes its
/// office in Brazil", "closed three studios"; not a deal closed.
fn closes_site(words: &[String], index: usize) -> bool {
    verb_with_object(
        words,
        index,
        &[
            "close",
            "closes",
            "closed",
            "closing",
            "shutters",
            "shuttered",
        ],
        3,
        &[
            "office",
            "offices",
            "operations",
            "store",
            "stores",
            "studio",
            "studios",
            "factory",
            "factories",
            "plant",
            "plants",
        ],
    )
}

/// Whether a word of rising gains something rather than rises: "Ford EVs
/// gain access to Superchargers", "gets support", not "Tesla shares gain".
fn gains_a_thing(word: &str, next: Option<&str>) -> bool {
    // "gains anti-reflective screen", "gains Qi2": what follows is a thing,
    // unless it is a number or what a move is told with ("gains 5%",
    // "gains after earnings", "gains as investors cheer").
    matches!(word, "gain" | "gains" | "gained" | "gaining")
        && next.is_some_and(|next| {
            !next.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && !matches!(
                    next,
                    "after"
                        | "as"
                        | "on"
                        | "in"
                        | "amid"
                        | "following"
                        | "despite"
                        | "while"
                        | "for"
                        | "ahead"
                        | "nearly"
                        | "almost"
                        | "more"
                        | "over"
                        | "since"
                        | "the"
                        | "to"
                        | "percent"
                )
        })
}

/// Words that say a price, a share or a count went up, or down.
const RISE_WORDS: &[&str] = &[
    "pop",
    "pops",
    "popped",
    "soar",
    "soars",
    "soaring",
    "jump",
    "jumps",
    "surge",
    "surges",
    "surging",
    "rise",
    "rises",
    "rising",
    "rose",
    "climb",
    "climbs",
    "climbing",
    "rally",
    "rallies",
    "gain",
    "gains",
    "increase",
    "increases",
    "increased",
    "increasing",
    "skyrocket",
    "skyrockets",
    "skyrocketed",
    "skyrocketing",
];
const FALL_WORDS: &[&str] = &[
    "fall",
    "falls",
    "falling",
    "fell",
    "slump",
    "slumps",
    "plunge",
    "plunges",
    "slide",
    "slides",
    "sliding",
    "tumble",
    "tumbles",
    "drops",
    "dropped",
    "dropping",
    "sink",
    "sinks",
    "dip",
    "dips",
    "dipped",
    "decline",
    "declines",
    "declining",
    "slip",
    "slips",
    "slipping",
    "decrease",
    "decreases",
    "decreased",
    "plummet",
    "plummets",
    "dive",
    "dives",
    "tank",
    "tanks",
    "tanked",
    "tanking",
    "plunged",
    "plunging",
    "worthless",
    // "Nvidia sheds $600 billion", "wipes $600B off", "loses $589 billion in value".
    "sheds",
    "shed",
    "wipes",
    "wiped",
    "tumbled",
    "tumbling",
    "sank",
    "sunk",
    "slumped",
    "plummeted",
    "plummeting",
    "dived",
    // "Wolfspeed stock craters 60%".
    "crater",
    "craters",
    "cratered",
    "cratering",
];
/// Verbs that make "down" something other than an outage: "steps down",
/// "shuts down", "cracks down", "slows down".
const NOT_OUTAGE_BEFORE_DOWN: &[&str] = &[
    "step", "steps", "stepping", "stepped", "shut", "shuts", "shutting", "crack", "cracks",
    "cracking", "cracked", "back", "backs", "backed", "tone", "tones", "toned", "turn", "turns",
    "turned", "slow", "slows", "slowed", "break", "breaks", "broke", "wind", "winds", "scale",
    "scales", "scaled", "narrow", "narrows", "narrowed", "bring", "brings", "brought", "take",
    "takes", "took", "taken", "put", "puts", "let", "lets", "knock", "knocks", "upside",
    // "Federal court strikes down the FCC's net neutrality rules".
    "strike", "strikes", "striking", "struck",
];

/// Verbs that make "up" and "down" a direction: "prices go up", "heading down".
const MOVES: &[&str] = &[
    "go", "goes", "going", "went", "head", "heads", "heading", "creep", "creeps", "creeping",
    "inch", "inches", "inching", "edge", "edges", "edging", "tick", "ticks", "ticking", "move",
    "moves", "moving", "trend", "trending",
];

/// The token of the name right after the first launch verb of `words`, and
/// whether it is a product that stands for its maker; past
/// an article or "new": "Microsoft unveils Recall", "Instagram launches its
/// new Edits app"; the name after a kin word ("Meta launches Twitter rival
/// Threads"). None when that word is a model, a line, a company, a kind
/// of device, a modifier, a number or a common word (`extract` keeps it only as a
/// token of the headline's own news; `cluster` only when written as a name).
fn launched_name(words: &[String], in_model: &[bool]) -> Option<(String, bool)> {
    const KIN: &[&str] = &[
        "rival",
        "successor",
        "competitor",
        "alternative",
        "clone",
        "challenger",
    ];
    let verb = words.iter().position(|word| {
        LAUNCH_VERBS.contains(&word.as_str()) || matches!(word.as_str(), "reveals" | "revealed")
    })?;
    let mut at = verb + 1;
    while words
        .get(at)
        .is_some_and(|word| matches!(word.as_str(), "its" | "the" | "a" | "an" | "new" | "first"))
    {
        at += 1;
    }
    if words
        .get(at + 1)
        .is_some_and(|word| KIN.contains(&word.as_str()))
        && at + 2 < words.len()
    {
        at += 2;
    }
    // A product named with its maker's name is named by the word after it:
    // "Apple announces Apple Intelligence".
    if words.get(at).is_some_and(|word| {
        company_of(word) == Some(word.as_str()) && verb > 0 && words[..verb].contains(word)
    }) && words.get(at + 1).is_some_and(|next| !is_stopword(next))
    {
        at += 1;
    }
    let word = words.get(at)?;
    // A product that stands for its maker ("Copilot", "Alexa") is a name
    // launched; the maker is not, nor a line before its model ("EOS R1").
    let named_otherwise = in_model.get(at).copied().unwrap_or(false)
        || in_model.get(at + 1).copied().unwrap_or(false)
        || line_of(word).is_some()
        || company_of(word).is_some_and(|company| company == word || word == "alphabet")
        || device_of(word).is_some()
        || is_modifier(word)
        || is_stopword(word)
        || word.bytes().any(|b| b.is_ascii_digit());
    // Nor a day ("launches January 22"), orders ("Pre-Orders Live Now") or
    // the name of an event ("Apple Announces 'Awe Dropping' Event").
    let no_name = month_of(word).is_some()
        || matches!(word.as_str(), "preorders" | "preorder" | "orders")
        || words[at + 1..]
            .iter()
            .take(2)
            .any(|next| matches!(next.as_str(), "event" | "keynote" | "conference"));
    (!named_otherwise && !no_name).then(|| (word_token(word), company_of(word).is_some()))
}

/// Whether `words` tell what a device is to have: "OnePlus 13 to pack a
/// 6,000mAh battery", "to feature", "to get".
fn tells_what_it_will_have(words: &[String]) -> bool {
    words.windows(2).any(|pair| {
        pair[0] == "to"
            && matches!(
                pair[1].as_str(),
                "have" | "pack" | "feature" | "get" | "offer" | "sport" | "boast" | "bring"
            )
    })
}

fn aspect_of(word: &str) -> u8 {
    match word {
        "design" | "designs" | "color" | "colors" | "colour" | "colours" | "colorway"
        | "colorways" | "colourways" | "renders" | "images" | "dimensions" | "thickness" => {
            aspect::DESIGN
        }
        "camera" | "cameras" | "telephoto" | "periscope" | "lens" | "lenses" => aspect::CAMERA,
        "battery" | "batteries" | "charging" => aspect::BATTERY,
        "display" | "displays" | "screen" | "screens" | "panel" => aspect::DISPLAY,
        "chip" | "chipset" | "processor" | "soc" => aspect::CHIP,
        _ => 0,
    }
}

/// The region words a headline writes as part of a name: "CDK Global",
/// "SAE International", an acronym no company table knows followed by a
/// capitalised region word. "CDK Global says dealers are back online" tells
/// of no global launch; "OPPO Global" (a known company) and "US Global" (a
/// place) keep their region.
fn regions_in_names(title: &str) -> Vec<String> {
    let mut named = Vec::new();
    for (first, second) in side_by_side(title) {
        let acronym =
            (2..=6).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_uppercase());
        let region = second
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        if !acronym || !region.starts_with(char::is_uppercase) {
            continue;
        }
        let (name, region) = (first.to_ascii_lowercase(), region.to_lowercase());
        if region_of(&region) == region::GLOBAL
            && region_of(&name) == 0
            && name != "us"
            && company_of(&name).is_none()
            && !named.contains(&region)
        {
            named.push(region);
        }
    }
    named
}

fn region_of(word: &str) -> u32 {
    use region::*;
    match word {
        "china" | "chinese" => CHINA,
        "global" | "globally" | "international" | "internationally" | "worldwide" => GLOBAL,
        "india" | "indian" => INDIA,
        "europe" | "european" | "eu" | "eea" | "uk" => EUROPE,
        // Europe's countries by name, not by the adjective that names a
        // company's home ("Swedish battery maker Northvolt").
        "britain" | "sweden" | "germany" | "france" | "italy" | "spain" | "netherlands"
        | "ireland" | "poland" | "norway" | "denmark" | "finland" | "belgium" | "austria"
        | "switzerland" | "portugal" => EUROPE,
        "usa" | "america" | "american" => US,
        "japan" | "japanese" => JAPAN,
        "canada" => CANADA,
        "brazil" => BRAZIL,
        "mexico" => MEXICO,
        "korea" => KOREA,
        "australia" => AUSTRALIA,
        "indonesia" => INDONESIA,
        "russia" => RUSSIA,
        "taiwan" => TAIWAN,
        "vietnam" => VIETNAM,
        "turkey" | "turkiye" => TURKEY,
        "nigeria" => NIGERIA,
        "kenya" => KENYA,
        "pakistan" => PAKISTAN,
        "malaysia" => MALAYSIA,
        "singapore" => SINGAPORE,
        "thailand" => THAILAND,
        "philippines" => PHILIPPINES,
        "saudi" => SAUDI,
        _ => 0,
    }
}

/// What a court or a regulator hears: a case dropped ends it, and the party
/// a case is against is whose news it is (`is_compared_against`).
const CASES: &[&str] = &[
    "lawsuit", "lawsuits", "suit", "case", "cases", "charges", "claims",
];

/// US states by name.
const STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "wisconsin",
    "wyoming",
];

/// Places of two words, as (first, second, place).
const TWO_WORD_PLACES: &[(&str, &str, &str)] = &[
    ("new", "york", "new york"),
    ("new", "jersey", "new jersey"),
    ("new", "mexico", "new mexico"),
    ("new", "hampshire", "new hampshire"),
    ("north", "carolina", "north carolina"),
    ("south", "carolina", "south carolina"),
    ("north", "dakota", "north dakota"),
    ("south", "dakota", "south dakota"),
    ("west", "virginia", "west virginia"),
    ("rhode", "island", "rhode island"),
    ("san", "diego", "san diego"),
    ("san", "jose", "san jose"),
    ("san", "antonio", "san antonio"),
    ("las", "vegas", "las vegas"),
    ("salt", "lake", "salt lake"),
];

/// Cities, as (city, its state). "LA" and "SF" are how outlets shorten two
/// of them (`PHRASES`).
const CITIES: &[(&str, &str)] = &[
    ("la", "california"),
    ("sf", "california"),
    ("san diego", "california"),
    ("san jose", "california"),
    ("austin", "texas"),
    ("dallas", "texas"),
    ("houston", "texas"),
    ("san antonio", "texas"),
    ("phoenix", "arizona"),
    ("scottsdale", "arizona"),
    ("tempe", "arizona"),
    ("las vegas", "nevada"),
    ("salt lake", "utah"),
    ("miami", "florida"),
    ("orlando", "florida"),
    ("tampa", "florida"),
    ("atlanta", "georgia"),
    ("seattle", "washington"),
    ("chicago", "illinois"),
    ("boston", "massachusetts"),
    ("denver", "colorado"),
    ("nashville", "tennessee"),
    ("detroit", "michigan"),
    ("philadelphia", "pennsylvania"),
    ("pittsburgh", "pennsylvania"),
];

/// The US place the words at `index` name, if any: a state by its name
/// ("California", "New York"), or a city where a word of place comes
/// before it ("in Austin", "to Phoenix"), as a city's name is often
/// another's ("AMD Phoenix", "Austin Russell"). Not a state's name in a
/// company's or an outlet's ("Texas Instruments", "Washington Post", "New
/// York Times"), nor Washington, which is as often the government.
fn place_at(words: &[String], index: usize) -> Option<&'static str> {
    // Asked of every word of every headline, and almost every word is none.
    static PLACE_WORDS: Index<()> = Index::new(|| {
        STATES
            .iter()
            .copied()
            .chain(CITIES.iter().map(|(city, _)| *city))
            .chain(TWO_WORD_PLACES.iter().map(|(first, _, _)| *first))
            .map(|word| (word, ()))
            .collect()
    });
    let word = words[index].as_str();
    if !PLACE_WORDS.contains_key(word) {
        return None;
    }
    let next = words.get(index + 1).map(String::as_str);
    let previous = index.checked_sub(1).map(|before| words[before].as_str());
    let in_name = |next: Option<&str>| {
        matches!(
            next,
            Some(
                "instruments"
                    | "times"
                    | "post"
                    | "jones"
                    | "tech"
                    | "state"
                    | "university"
                    | "auto"
                    | "motor"
            )
        )
    };
    let placed = matches!(
        previous,
        Some("in" | "to" | "into" | "across" | "from" | "near" | "for" | "of")
    );
    let city = |place: &str| CITIES.iter().any(|(city, _)| *city == place);
    if let Some(&(_, _, place)) = TWO_WORD_PLACES
        .iter()
        .find(|(first, second, _)| *first == word && next == Some(*second))
    {
        let after = words.get(index + 2).map(String::as_str);
        return (!in_name(after) && (placed || !city(place))).then_some(place);
    }
    if ends_two_word_place(words, index) {
        return None;
    }
    if let Some(state) = STATES.iter().find(|state| **state == word) {
        return (!in_name(next)).then_some(*state);
    }
    CITIES
        .iter()
        .find(|(city, _)| *city == word)
        .filter(|_| placed && !in_name(next))
        .map(|(city, _)| *city)
}

/// Whether the word at `index` is the second of a place of two words, and
/// no place of its own: "New Mexico" is not Mexico, "West Virginia" not
/// Virginia.
/// Whether the headline opens with the home of the company it is about,
/// as an epithet ("Europe's battery hope Northvolt files for bankruptcy",
/// "China's Xiaomi", "Chinese EV maker BYD"), not a market or an actor
/// ("China bans Micron chips", "India's antitrust body fines Google").
fn names_home(title: &str, words: &[String]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let lower = title.trim_start().to_lowercase();
    let possessive = ["'s ", "’s "]
        .iter()
        .any(|ending| lower.starts_with(&format!("{first}{ending}")));
    let adjective = matches!(
        first.as_str(),
        "chinese" | "european" | "japanese" | "american" | "indian"
    );
    (possessive || adjective)
        && words
            .iter()
            .enumerate()
            .skip(1)
            .take(4)
            .take_while(|(at, word)| {
                let previous = Some(words[at - 1].as_str());
                let next = words.get(at + 1).map(String::as_str);
                company_of(word).is_some() || event_of(word, previous, next) == 0
            })
            .any(|(_, word)| company_of(word).is_some())
}

fn ends_two_word_place(words: &[String], index: usize) -> bool {
    index.checked_sub(1).is_some_and(|before| {
        TWO_WORD_PLACES
            .iter()
            .any(|(first, second, _)| *second == words[index] && *first == words[before])
    })
}

/// Whether two sides' places (`Features::places`) have one in common, a
/// city taking in its state where the other side names no city: "Waymo
/// expands to Austin" and "Texas approves Waymo" may be one story; "Waymo
/// opens to all in LA" and "... in San Francisco" are two, and so are they
/// beside a cluster that names California and San Francisco.
pub fn places_overlap(ours: &[&str], theirs: &[&str]) -> bool {
    fn state_of(place: &str) -> Option<&'static str> {
        CITIES
            .iter()
            .find(|(city, _)| *city == place)
            .map(|(_, state)| *state)
    }
    let has_city = |side: &[&str]| side.iter().any(|place| state_of(place).is_some());
    if ours.iter().any(|place| theirs.contains(place)) {
        return true;
    }
    let within = |cities: &[&str], states: &[&str]| {
        !has_city(states)
            && cities
                .iter()
                .any(|city| state_of(city).is_some_and(|state| states.contains(&state)))
    };
    within(ours, theirs) || within(theirs, ours)
}

fn is_hedge(word: &str) -> bool {
    static INDEX: Index<()> = Index::new(|| word_set(HEDGES));
    INDEX.contains_key(word)
}

const HEDGES: &[&str] = &[
    "not",
    "outside",
    "beyond",
    "uncertain",
    "won",
    "without",
    "unlikely",
    "no",
    "skip",
    "skips",
    "may",
    "might",
    "doubt",
    "except",
];

/// Words that carry no story: function words, and news filler.
fn is_stopword(word: &str) -> bool {
    static INDEX: Index<()> = Index::new(|| word_set(STOPWORDS));
    INDEX.contains_key(word)
}

const STOPWORDS: &[&str] = &[
    // "is coming to": where a thing goes is the news, not that it comes.
    "coming",
    // Company suffixes and exchanges say nothing about the story.
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "nasdaq",
    "nyse",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "after",
    "before",
    "than",
    "then",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "shall",
    "must",
    "not",
    "no",
    "yes",
    "you",
    "your",
    "we",
    "our",
    "us",
    "they",
    "their",
    "them",
    "he",
    "she",
    "his",
    "her",
    "i",
    "my",
    "me",
    "what",
    "which",
    "who",
    "whom",
    "why",
    "how",
    "when",
    "where",
    "here",
    "there",
    "all",
    "any",
    "some",
    "more",
    "most",
    "just",
    "now",
    "new",
    "so",
    "up",
    "out",
    "off",
    "via",
    "if",
    "also",
    "get",
    "gets",
    "got",
    "report",
    "reports",
    "says",
    "said",
    "say",
    "according",
    "suggests",
    "suggest",
    "amid",
    "amidst",
    "make",
    "makes",
    "s",
    "t",
    "don",
    "won",
    "now",
    "today",
    "here",
    "first",
    "one",
    "news",
];

#[cfg(test)]
mod tag_tests {
    use super::device_tags;

    #[test]
    fn devices_are_tagged_as_readers_write_them() {
        let cases = [
            (
                "Xiaomi 14Pro global launch uncertain",
                vec!["Xiaomi 14 Pro"],
            ),
            ("Samsung Galaxy S24 Ultra review", vec!["Galaxy S24 Ultra"]),
            (
                "iPhone 15 Pro Max vs Pixel 8 Pro",
                vec!["iPhone 15 Pro Max", "Pixel 8 Pro"],
            ),
            (
                "Qualcomm announces Snapdragon 8s Gen 3",
                vec!["Snapdragon 8s Gen 3"],
            ),
            ("Apple quarterly results beat estimates", vec![]),
            (
                "Pixel 8 gets Android 15 QPR1",
                vec!["Pixel 8", "Android 15"],
            ),
            ("RTX 4070 Ti Super review", vec!["GeForce 4070 Ti Super"]),
            ("GPT-4o mini is here", vec!["GPT 4o Mini"]),
            ("AirPods Pro 2 review", vec!["AirPods Pro 2"]),
            (
                "Windows 11 build 26120.2510 fixes CVE-2024-12345",
                vec!["Windows 11"],
            ),
            ("Windows 10 KB5034441 update fails", vec!["Windows 10"]),
            ("Moto G Power 5G (2024) review", vec![]),
        ];
        for (title, expected) in cases {
            assert_eq!(device_tags(title, "Outlet"), expected, "{title}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a feed sends, reading a headline never panics: words
        /// from the rules' own patterns, in any case and order, beside
        /// letters of other scripts that slicing by bytes would cut.
        #[test]
        fn any_headline_is_read_without_a_panic(
            words in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "S", "14", "7x", "Global", "CDK", "Slim", "Operationsاے", "اے7x",
                        "Pro", "Galaxy", "S24", "Sept.", "2024", "iOS", "18.2", "beta", "’s",
                        "second", "$15", "5G", "Q3", "İstanbul", "ß", "🚀", "A", "x", "v13.2", "shares", "Stocks", "İonQ,",
                    ])
                    .prop_map(str::to_owned),
                    "\\PC{1,8}",
                ],
                0..16,
            ),
        ) {
            let title = words.join(" ");
            let features = extract(&title, "feed");
            prop_assert!(features.models.len() <= MAX_MODELS);
        }
    }

    #[track_caller]
    fn check_models(title: &str, expected: &str) {
        let features = extract(title, "");
        let models: Vec<String> = features.models.iter().map(ToString::to_string).collect();
        assert_eq!(models.join(", "), expected, "{title}");
    }

    #[test]
    fn a_name_before_a_model_of_no_known_line_is_its_line() {
        let names = |title: &str| extract(title, "").line_names;
        assert_eq!(
            names("Garmin's Fenix 7 Pro has a flashlight"),
            ["fenix", "garmin"]
        );
        assert_eq!(names("New Fenix 8 Pro review"), ["fenix"]);
        // Known lines, lowercase words and events are not.
        assert!(names("Samsung Galaxy S24 launched").is_empty());
        assert!(names("Garmin launches 7 Pro watches").is_empty());
        assert!(names("the fenix 7 pro").is_empty());
    }

    #[test]
    fn a_line_named_alone_is_its_base_model() {
        let bare = |title: &str| extract(title, "").bare_lines;
        assert_eq!(
            bare("The 2024 Motorola Razr has a bigger cover screen"),
            ["razr"]
        );
        assert_eq!(bare("Motorola Razr Plus 2024 launched"), Vec::<&str>::new());
        assert_eq!(
            bare("Amazon finally made a color Kindle"),
            Vec::<&str>::new()
        );
        // A model of the line elsewhere in the headline names which one.
        assert_eq!(bare("The iPad Air is the iPad to buy"), Vec::<&str>::new());
        // Brands and common words are no base model.
        assert_eq!(
            bare("Samsung's Galaxy phones get a new Watch"),
            Vec::<&str>::new()
        );
        assert!(extract("Motorola Razr+ is official", "").models[0].is_named_variant());
        assert!(!extract("Motorola Razr 50 is official", "").models[0].is_named_variant());
    }

    #[test]
    fn partners_are_capitalised_names_side_by_side() {
        let partners = |title: &str| -> Vec<String> {
            extract(title, "")
                .partners
                .iter()
                .map(|(first, second)| format!("{first} {second}"))
                .collect()
        };
        assert_eq!(
            partners("Valve's Steam Frame streams games"),
            ["steam fram"]
        );
        assert_eq!(
            partners("Intuitive Machines' Athena lander tips over"),
            ["intuitiv machin", "machin athena"]
        );
        // Not a company and what it makes, a place, a list, a lower-case
        // word, or a trailing clause.
        assert!(partners("Apple Music gets lossless audio").is_empty());
        assert!(partners("EU Commission fines Meta").is_empty());
        assert!(partners("Threads, Bluesky gain users").is_empty());
        assert!(partners("Steam sales begin today").is_empty());
        // A place of two words is no name.
        assert!(partners("Ericsson sales plunge in North America").is_empty());
        assert!(partners("Valve raises prices after Steam Frame launch").is_empty());
        // The parties of a deal, each with the other, and of a lawsuit.
        let deal = |title: &str| -> Vec<String> {
            extract(title, "")
                .deal_partners
                .iter()
                .map(|(first, second)| format!("{first} {second}"))
                .collect()
        };
        assert_eq!(
            deal("Warner Bros. Discovery sues NBA"),
            ["warner nba", "nba warner"]
        );
        assert_eq!(
            deal("Anthropic sued by Reddit over scraping"),
            ["anthropic reddit", "reddit anthropic"]
        );
        assert_eq!(
            deal("OpenAI signs a massive chip deal with AMD"),
            ["openai amd", "amd openai"]
        );
        assert_eq!(
            deal("OpenAI and AP sign deal to share news content"),
            ["openai ap", "ap openai"]
        );
        assert_eq!(
            deal("Condé Nast signs multi-year content deal with OpenAI"),
            ["cond openai", "openai cond"]
        );
        // Not a deal with a place, nor one no party of which is a company
        // the tables know, nor a deal without its other party.
        assert!(deal("OpenAI signs deal with US government").is_empty());
        assert_eq!(
            partners("Vox Media strikes deal with Atlantic"),
            ["vox media"]
        );
        assert!(deal("OpenAI signs its biggest deal yet").is_empty());
    }

    #[test]
    fn models_are_found_whole() {
        check_models(
            "Xiaomi 14 Pro may not launch outside China",
            "xiaomi 14 pro",
        );
        check_models("Xiaomi 14Pro global launch", "xiaomi 14 pro");
        // A Ryzen's tier is no model; four digits and an X are.
        check_models(
            "AMD Ryzen 9 9950X3D vs Ryzen 9 9950X",
            "ryzen 9950x3d, ryzen 9950x",
        );
        check_models("Ryzen 9 review", "ryzen 9");
        // An AI model is one size, so a second size starts the next model
        // of a list.
        check_models(
            "Google launches Gemini 2.0 Pro, Flash-Lite, and opens Flash Thinking",
            "gemini 2.0 pro",
        );
        // A device after a chip is what the chip goes in; a weight is no model.
        check_models("Snapdragon X Elite laptop review", "snapdragon x elite");
        check_models(
            "Asus Zenbook A14 is a sub-1kg Snapdragon X tablet",
            "a14, snapdragon x",
        );
        check_models("Surface Laptop 7 review", "surface laptop 7");
        // A model code a hyphen splits is one code; a line's number is not.
        check_models(
            "Sony's WH-1000XM6 headphones fold up again",
            "sony wh1000xm6",
        );
        check_models("Fujifilm X-T50 review", "xt50");
        check_models("OpenAI GPT-4o launch", "gpt 4o");
        // Byte positions next to letters of other scripts stay whole.
        for (title, glued) in [
            ("WH-1000XM6é", "WH1000XM6é"),
            ("é-1000XM6", "é-1000XM6"),
            ("日本-X1a", "日本-X1a"),
            ("-WH and WH-", "-WH and WH-"),
            ("WH-— SM-S928B", "WH-— SMS928B"),
        ] {
            assert_eq!(glue_model_codes(title), glued);
        }
        // Nor is an Intel chip's: "i9" and "Ultra 9" are tiers of many chips.
        check_models("Intel Core i9 14900K review", "core 14900k");
        check_models(
            "Core i9-13900K and i5-13600K review",
            "core 13900k, core 13600k",
        );
        check_models(
            "Core Ultra 7 265K and Core Ultra 9 285K tested",
            "core 265k, core 285k",
        );
        check_models("Core i9 laptops get cheaper", "core i9");
        // A rating against water is no model.
        check_models(
            "Xiaomi Mix Fold 4 launched: thinner, lighter and IPX8 rated",
            "fold 4",
        );
        check_models("Galaxy S24 gets IP68 and IP69K", "galaxy s24");
        // A letter listed after a lettered model is a model of its line.
        check_models("Xbox Series X and S prices are going up", "xbox x, xbox s");
        check_models("Pixel 9 Pro has 5x zoom, not 100x", "pixel 9 pro");
        check_models("Samsung Galaxy Z Fold7 leak", "fold 7");
        check_models(
            "One UI 7 release date for Galaxy S24, Fold 6, Flip 6",
            "oneui 7, galaxy s24, fold 6, flip 6",
        );
        check_models("Pixel 9 Pro Fold review", "pixel 9 pro fold");
        check_models(
            "Wear OS 6 brings Material 3 Expressive",
            "wearos 6, material3",
        );
        // A channel of builds, and a graphics driver, are no models; an
        // Insider build is one.
        check_models(
            "Windows 11 Beta Channel build 22635.4580",
            "build 22635.4580, windows 11",
        );
        check_models("Microsoft Build 2025: what to expect", "");
        check_models(
            "Intel launches Arrow Lake Core Ultra 200S processors",
            "core ultra, codename arrow lake, core 200s",
        );
        check_models(
            "Intel Core i9-14900K review: Raptor Lake Refresh is barely faster",
            "core 14900k, codename raptor lake refresh",
        );
        check_models("PIF and Silver Lake buy EA", "");
        check_models(
            "Moto G Power 5G (2024) launches with a bigger battery",
            "edition 2024",
        );
        check_models(
            "Kindle Paperwhite (2024) review",
            "kindle paperwhite, edition 2024",
        );
        check_models("(2024) in review", "");
        // The update is the subject, the system it is for comes after.
        check_models(
            "Windows 10 KB5034441 update fails to install",
            "kb 5034441, windows 10",
        );
        check_models(
            "Windows 11 Insider Preview Build 26120.2510 brings Recall",
            "build 26120.2510, windows 11",
        );
        check_models(
            "Nvidia GeForce 572.16 WHQL driver for RTX 5090",
            "geforce 5090",
        );
        check_models("Samsung Galaxy Z Fold 7 leak", "fold 7");
        check_models("Galaxy Watch8 Classic", "galaxy watch 8");
        // A kind of device after the number is what it is; before it, part
        // of its name.
        check_models(
            "OnePlus' Pad 2 tablet gets a Snapdragon 8 Gen 3",
            "pad 2, snapdragon 8 gen 3",
        );
        check_models("Microsoft's Surface Laptop 7 laptop", "surface laptop 7");
        check_models(
            "Galaxy Tab S9, Tab S9+ and Tab S9 Ultra",
            "tab s9, tab s9 plus, tab s9 ultra",
        );
        check_models(
            "Galaxy Book3 Ultra vs Galaxy Book 3 Ultra vs S23 Ultra",
            "galaxy book 3 ultra, galaxy s23 ultra",
        );
        check_models("Combining two M1 Maxes", "m1 max");
        // A generation after the model: "Mark II", a Roman numeral, and a
        // "V" where no other product follows.
        check_models("Canon EOS R5 Mark II announced", "r5 2");
        check_models("Canon's R5 Mark II vs the R5", "r5 2, r5");
        check_models("Sony a9 III review", "sony a9 3");
        check_models("Sony a7C II and a7CR announced", "sony a7c 2, sony a7cr");
        check_models("Sony Xperia 1 V review", "xperia 1 5");
        // Glued as makers write it, and not the fifth after a "V".
        check_models("Nikon Z6III review", "z6 3");
        check_models("Panasonic G9II and Fujifilm GFX100SII", "g9 2, gfx100s 2");
        check_models("Fujifilm X100VI vs X100V", "x100 6, x100v");
        // A tail of another script is no generation, nor a panic.
        assert_eq!(glued_generation("ab12üii"), None);
        assert_eq!(glued_generation("a7riv"), Some(("a7r", "iv")));
        check_models("iPhone 15 v Pixel 8 camera test", "iphone 15, pixel 8");
        let models = extract("Galaxy S24 Ultra v 15 Pro Max", "").models;
        assert_eq!(models[0].to_string(), "galaxy s24 ultra");
        check_models("Pixel 8 v the iPhone 15", "pixel 8, iphone 15");
        check_models(
            "Apple's new MacBook Pros come with M2 Pro chips",
            "macbook pro, macbook m2 pro",
        );
        // "Series 9" numbers the Apple Watch; a Pi is a Raspberry Pi.
        check_models(
            "Apple Watch Series 9 and Watch Ultra 2",
            "watch 9, watch ultra 2",
        );
        check_models("Apple Watch Series 9 and Ultra 2", "watch 9, watch ultra 2");
        check_models("Raspberry Pi 500 is built around the Pi 5", "pi 500, pi 5");
        // A model named only where the trailing clause sets the scene is not one.
        check_models(
            "Huawei unveils tri-fold phone after the iPhone 16 launch",
            "",
        );
        check_models("iPhone 15 Pros overheat", "iphone 15 pro");
        // A model a price rise spares is its setting.
        check_models(
            "Nintendo Switch prices are going up, Switch 2 unaffected",
            "",
        );
        // The rival a headline measures against is not its subject.
        check_models(
            "Anthropic says its Claude 3 models beat GPT-4",
            "claude 3, gpt 4",
        );
        check_models("Galaxy S24 takes on the iPhone 15", "galaxy s24, iphone 15");
        check_models(
            "Pixel 8 takes on the iPhone 15, Galaxy S24",
            "pixel 8, iphone 15, galaxy s24",
        );
        // A device owning the model after it names whose part the news is
        // about; the part is the subject.
        check_models(
            "Google to switch to TSMC for Pixel 10's fully custom Tensor G5",
            "tensor g5, pixel 10",
        );
        check_models(
            "iPhone 16 Pro's A18 Pro chip posts big Geekbench gains",
            "iphone a18 pro, iphone 16 pro",
        );
        check_models(
            "Pixel 10's camera beats the Galaxy S25",
            "pixel 10, galaxy s25",
        );
        // A capitalised name and its number name a model of a line no
        // table knows, written as one word; counts, ranks, verbs and sums
        // do not.
        check_models("Blizzard confirms Diablo 4 season 5", "diablo4");
        check_models("Alibaba releases Qwen 3, a family of models", "qwen3");
        check_models("Meta's Llama 4 beats Qwen 3", "llama 4, qwen3");
        check_models("Another 5 states sue Meta", "");
        check_models("Google Apps Referral Program Offering $15", "");
        check_models("Top 10 Phones Of The Year", "");
        check_models("Netflix Adds 9 Million Subscribers", "");
        check_models("xAI's Grok 4 vs Grok-2 vs Grok 3", "grok 4, grok 2, grok 3");
        // A number with a letter too, unless the letter measures.
        check_models(
            "Lenovo Yoga Slim 7x announced with Snapdragon X Elite",
            "slim7x, snapdragon x elite",
        );
        check_models("Xperia Gets 7x Optical Zoom", "");
        check_models("Verizon 5G Home Internet Adds Speed", "");
        check_models("Operationsاے 7 Launch", "");
        // An interface's generation or lane width is no model.
        check_models(
            "Samsung 990 Evo SSD Supports Both PCIe 4.0 x4 and PCIe 5.0 x2",
            "galaxy 990",
        );
        check_models("Samsung Launches 990 EVO: A Hybrid PCIe Gen4/Gen5 SSD", "");
        check_models("Snapdragon X2 Elite laptops", "snapdragon x2 elite");
        // A capital letter and a number are one model however spaced.
        check_models("Asus Zenbook S 14 review", "s14");
        check_models("Asus Zenbook S14 review", "s14");
        check_models("Galaxy S 24 and S 24 Ultra", "galaxy s24, galaxy s24 ultra");
        // A device right before a release of its software says whose
        // release it is; the release is the subject.
        check_models(
            "Samsung halts the Galaxy S24 One UI 7 update",
            "oneui 7, galaxy s24",
        );
        check_models("Pixel 9 Android 16 update is here", "android 16, pixel 9");
        check_models("Android 16 comes to the Pixel 9", "android 16, pixel 9");
        let rivals = extract("New AI chatbot models beat OpenAI's GPT-4", "");
        assert!(rivals.rivals_only);
        // A rival's model token is background.
        assert_eq!(rivals.background, ["#4"]);
        assert!(!extract("Claude 3 beats GPT-4", "").rivals_only);
        check_models(
            "Surface Laptop 7 and Surface Laptop Studio 2",
            "surface laptop 7, surface laptop studio 2",
        );
        check_models(
            "Apple's new Mac Studio comes with M4 Max or M3 Ultra",
            "mac studio, mac m4 max, mac m3 ultra",
        );
        check_models("Mi 14 Pro review", "xiaomi 14 pro");
        check_models(
            "Galaxy S24+ and S24 Ultra get One UI 6.1",
            "galaxy s24 plus, galaxy s24 ultra, oneui 6.1",
        );
        check_models("iOS 18.1 fixes iOS 18 bugs", "ios 18.1, ios 18");
        check_models(
            "RTX 4070 Ti Super vs RTX 4070",
            "geforce 4070 ti super, geforce 4070",
        );
        check_models(
            "Radeon RX 7900 XTX and GeForce RTX 2080",
            "radeon 7900 xtx, geforce 2080",
        );
        check_models("Windows 2025 roadmap", "");
        check_models("OpenAI's GPT-4.5 and GPT-4o mini", "gpt 4.5, gpt 4o mini");
        check_models("AirPods Pro 2 vs AirPods 4", "airpods pro 2, airpods 4");
        check_models("Meta Quest 3S and Quest 3", "quest 3s, quest 3");
        check_models("Apple fined €1.8bn by EU", "");
        check_models(
            "Snapdragon 8 Gen 3 vs Snapdragon 8s Gen 3",
            "snapdragon 8 gen 3, snapdragon 8s gen 3",
        );
        check_models("Snapdragon X Elite beats X Plus", "snapdragon x elite");
        check_models("iPhone 15 Pro Max drop test", "iphone 15 pro max");
        // The chip before the device qualifies it: the device is the subject.
        check_models("Apple M4 iPad Pro", "ipad pro, apple m4");
        check_models(
            "RTX 4080 Super, 4070 Ti Super and 4070 Super",
            "geforce 4080 super, geforce 4070 ti super, geforce 4070 super",
        );
        check_models(
            "RTX 4080 Super, RTX 4070 Super",
            "geforce 4080 super, geforce 4070 super",
        );
        // A list of a launch's products: the first is the subject.
        check_models(
            "Apple event recap: iPhone 16, AirPods 4, Apple Watch Series 10",
            "iphone 16, airpods 4, watch 10",
        );
        check_models("Claude 3.5 Sonnet", "claude 3.5 sonnet");
        check_models(
            "Claude Sonnet 4.5 and Opus 4.1",
            "claude sonnet 4.5, claude opus 4.1",
        );
        check_models("Anthropic's Haiku 4.5", "haiku 4.5");
        check_models("GPT-4 Turbo", "gpt 4 turbo");
        check_models("iPad Air vs iPad mini vs iPad", "ipad air, ipad mini");
        check_models(
            "Kindle Scribe and Kindle Colorsoft",
            "kindle scribe, kindle colorsoft",
        );
        check_models(
            "Galaxy Ring, Galaxy Watch 7 and Pixel Buds",
            "galaxy ring, galaxy watch 7, pixel buds",
        );
        check_models("Apple Pro Display", "");
        check_models("Android 15 beta 2 is out", "android 15 beta 2");
        check_models(
            "Japan's plans for 5G include 10 billion 14-digit numbers",
            "",
        );
        check_models("Samsung sells 2 million phones with 128GB in 2024", "");
        // A model written without its number takes the one before it.
        check_models(
            "iPhone 16 Pro and Pro Max get bigger screens",
            "iphone 16 pro, iphone 16 pro max",
        );
        check_models("Galaxy S24 and Pro cases", "galaxy s24");
        // A foldable named after its slab sibling is not that sibling.
        check_models(
            "Pixel 9 Pro Fold review vs Pixel 9 Pro",
            "pixel 9 pro fold, pixel 9 pro",
        );
        check_models("Galaxy Z Fold 6 and Z Flip 6", "fold 6, flip 6");
        check_models(
            "Sony PS5 Pro vs PlayStation 5",
            "playstation 5 pro, playstation 5",
        );
        // A connector standard is not a model, a letter or two after a number is.
        check_models("RTX 5090 12VHPWR connectors melt", "geforce 5090");
        check_models("Nothing Phone 2a vs Quest 3S", "phone 2a, quest 3s");
        // A number before a unit is no model: "8-layer", "16-pin".
        check_models("Samsung's 8-layer HBM3E chips", "hbm3e");
        // A line glued to its number is the line and the number.
        check_models(
            "Honor Magic6 Pro vs Magic 6 Lite",
            "magic 6 pro, magic 6 lite",
        );
        check_models("Huawei Mate60 Pro", "mate 60 pro");
        // Sony's RX100 is no Radeon (its seventh generation is a model of
        // its own); AMD's RX7600 is.
        check_models("Sony RX100 VII vs RX7600", "sony rx100 7, radeon 7600");
        check_models("Magic Keyboard for iPad", "");
        // A line of lettered models: the Go S is not the Go 2.
        check_models(
            "Lenovo Legion Go S vs Legion Go 2",
            "legiongo s, legiongo 2",
        );
    }

    #[test]
    fn amounts_and_dates_are_read() {
        let amounts = |title: &str| -> Vec<(f64, AmountUnit)> {
            extract(title, "")
                .amounts
                .iter()
                .map(|amount| (amount.value, amount.unit))
                .collect()
        };
        assert_eq!(
            amounts("Apple fined €1.8bn, shares down 2%, 128GB iPhone 15 at $699.99 in 2024"),
            [
                (1.8e9, AmountUnit::Plain),
                (2.0, AmountUnit::Percent),
                (699.99, AmountUnit::Plain)
            ]
        );
        // A count with a thousands separator is no year; a price never was.
        assert_eq!(
            amounts("Microsoft lays off 1,900 in 2024, RTX 5090 for $2,000"),
            [(1900.0, AmountUnit::Plain)]
        );
        assert_eq!(
            amounts("Top 10 phones of 2024: RTX 4090 and Galaxy S24"),
            []
        );
        // Percentages and magnitudes as British and Indian outlets write them.
        assert_eq!(
            amounts("Profit falls 10 per cent; price starts at Rs 1.2 lakh"),
            [(10.0, AmountUnit::Percent), (120_000.0, AmountUnit::Local)]
        );
        // Things counted, past their magnitude and one more word.
        assert_eq!(
            amounts("Uber had 2.77 billion trips and 180 million monthly users, $1B profit"),
            [
                (2.77e9, AmountUnit::Count),
                (1.8e8, AmountUnit::Count),
                (1e9, AmountUnit::Plain)
            ]
        );
        let agree =
            |a: &str, b: &str| amounts_agree(&extract(a, "").amounts, &extract(b, "").amounts);
        assert!(agree(
            "Uber posts $1B profit",
            "Uber had 2.77 billion trips"
        ));
        assert!(!agree(
            "Uber had 2.77 billion trips",
            "Uber had 2.5 billion trips"
        ));
        assert!(!agree("Uber posts $1B profit", "Uber posts $2B profit"));
        // A sum's currency is the sign before it or the word after it.
        let currencies = |title: &str| -> Vec<Option<Currency>> {
            extract(title, "")
                .amounts
                .iter()
                .map(|amount| amount.currency)
                .collect()
        };
        assert_eq!(
            currencies("Google loses appeal of €2.4B fine, not $2,700 or £2bn; 13 billion euros"),
            [
                Some(Currency::Euro),
                Some(Currency::Dollar),
                Some(Currency::Pound),
                Some(Currency::Euro)
            ]
        );
        assert_eq!(currencies("Tesla recalls 362,758 vehicles"), [None]);
        // A price set per month is a price, and so is one listed after it;
        // how much a price moves is compared only with another move.
        assert_eq!(
            amounts("YouTube TV raises its price to $72.99 per month"),
            [(72.99, AmountUnit::Plain)]
        );
        assert_eq!(
            amounts("Twitter Blue relaunches at $8 per month, $11 for iOS users"),
            [(8.0, AmountUnit::Plain), (11.0, AmountUnit::Plain)]
        );
        assert_eq!(amounts("Reddit offers $54.20 per share"), []);
        assert_eq!(amounts("Klarna prices IPO at $40 a share"), []);
        assert_eq!(
            amounts("Peacock will raise prices by $2 a month in July"),
            [(2.0, AmountUnit::Change)]
        );
        assert!(!amounts_agree(
            &extract("Peacock will raise prices by $2 a month", "").amounts,
            &extract("Peacock is raising its prices by up to $3 a month", "").amounts
        ));
        assert!(amounts_agree(
            &extract("Peacock will raise prices by $2 a month", "").amounts,
            &extract("Peacock Premium now costs $7.99 a month", "").amounts
        ));
        // A discount's sum is a move; a breakup fee is no deal's value.
        assert_eq!(
            amounts("Apple Watch Ultra 3 gets rare $100 discount"),
            [(100.0, AmountUnit::Change)]
        );
        assert!(amounts_agree(
            &extract(
                "Adobe terminates Figma deal, will pay $1 billion breakup fee",
                ""
            )
            .amounts,
            &extract("Adobe abandons its $20B Figma acquisition", "").amounts
        ));
        // A move of $100 or more, too.
        assert_eq!(
            amounts("Meta is raising the price of the Quest 2 by $100"),
            [(100.0, AmountUnit::Change)]
        );
        assert!(amounts_agree(
            &extract("Meta is raising the price of the Quest 2 by $100", "").amounts,
            &extract("Quest 2 Price Increasing To $399 Next Month", "").amounts
        ));
        // A sum raised is not what the company is worth, nor a sum raised
        // another time.
        assert_eq!(
            amounts("Skild AI raises $300M to build a robot brain"),
            [(3e8, AmountUnit::Raised)]
        );
        assert_eq!(
            amounts("OpenAI closes $40 billion funding round"),
            [(4e10, AmountUnit::Raised)]
        );
        assert!(amounts_agree(
            &extract("Skild AI raises $300M to build a robot brain", "").amounts,
            &extract("Skild AI valued at $1.5 billion in new round", "").amounts
        ));
        assert!(!amounts_agree(
            &extract("Harvey raises $300M at a $3B valuation", "").amounts,
            &extract("Harvey raises $600M at a $5B valuation", "").amounts
        ));
        // A mark reached is told as it is: 950 million is no rounded billion.
        let reached = |title: &str| extract(title, "").amounts;
        assert_eq!(
            amounts("Telegram hits 950 million users"),
            [(9.5e8, AmountUnit::Reached)]
        );
        let billion = reached("Telegram now has 1 billion users");
        assert!(!amounts_agree(
            &reached("Telegram hits 950 million users"),
            &reached("Telegram reaches 1 billion monthly users")
        ));
        assert!(!amounts_agree(
            &reached("Telegram hits 950 million users"),
            &billion
        ));
        assert!(amounts_agree(
            &reached("Telegram reaches 1 billion monthly users"),
            &billion
        ));
        assert!(amounts_agree(
            &reached("Bitcoin tops $100,000"),
            &reached("Bitcoin at $100,472")
        ));
        // A brightness is no count: "3,000-nit display".
        assert_eq!(amounts("Watch Ultra 2 gets a 3,000-nit display"), []);
        // Sums in two currencies are converted; in one, they must be close.
        let sum = |value, currency| Amount {
            value,
            unit: AmountUnit::Plain,
            currency: Some(currency),
        };
        let (dollars, pounds) = (sum(2.7e9, Currency::Dollar), sum(2e9, Currency::Pound));
        assert!(amounts_agree(&[dollars], &[pounds]));
        assert!(!amounts_agree(&[dollars], &[sum(2e9, Currency::Dollar)]));
        assert!(!amounts_agree(
            &[sum(3e12, Currency::Dollar)],
            &[sum(4e12, Currency::Dollar)]
        ));
        // A rounder sum is the other rounded, or another sum.
        let dollars = |value| [sum(value, Currency::Dollar)];
        assert!(amounts_agree(&dollars(6.4e9), &dollars(6e9)));
        assert!(amounts_agree(&dollars(449.99), &dollars(450.0)));
        assert!(amounts_agree(&dollars(1.75e9), &dollars(2e9)));
        assert!(!amounts_agree(&dollars(5.8e9), &dollars(5e9)));
        assert!(!amounts_agree(&dollars(650.0), &dollars(1000.0)));
        assert_eq!(place(5.8e9), 1e8);
        assert_eq!(place(5e9), 1e9);
        // Which attempt a flight or test is; not "first look" or "1st time".
        for (title, nth) in [
            ("Starship explodes in second test flight", Some(2.0)),
            ("Starship makes it to space on 2nd test flight", Some(2.0)),
            ("Japan's H3 rocket fails on debut launch", Some(1.0)),
            (
                "SpaceX's seventh Starship launch ends in explosion",
                Some(7.0),
            ),
            ("Starship Flight 7 upper stage explodes", Some(7.0)),
            ("SpaceX Crew-9 splashes down", Some(9.0)),
            ("First look at the Galaxy S25", None),
            ("Starship launches for the 1st time, and it explodes", None),
        ] {
            let expected: Vec<_> = nth.map(|n| (n, AmountUnit::Ordinal)).into_iter().collect();
            assert_eq!(amounts(title), expected, "{title}");
        }
        // Attempts agree only when they are the same one.
        let attempt = |value| Amount {
            value,
            unit: AmountUnit::Ordinal,
            currency: None,
        };
        assert!(!amounts_agree(&[attempt(7.0)], &[attempt(8.0)]));
        assert!(amounts_agree(&[attempt(2.0)], &[attempt(2.0)]));
        assert_eq!(
            extract("Note 4 on 3 September, not Sept. 25th; May 5", "").dates,
            [(9, 3), (9, 25), (5, 5)]
        );
        assert_eq!(
            amounts("Xiaomi SU7 at 215,900 yuan, or $29,900, with 1,548 hp"),
            [
                (215_900.0, AmountUnit::Local),
                (29_900.0, AmountUnit::Plain)
            ]
        );
        assert!(extract("SU7 Ultra with 1,548 hp", "").companies.is_empty());
        assert!(amounts("Huawei Mate 70, 70 Pro, 70 Pro+ and 70 RS").is_empty());
        // A model's number before a month is not its day; the month names
        // the month's update.
        assert_eq!(extract("Windows 10 June update", "").dates, [(6, 0)]);
        // A month with its year and no day is the month.
        assert_eq!(extract("GTA 6 delayed to May 2026", "").dates, [(5, 0)]);
        assert!(dates_agree(&[(5, 0)], &[(5, 26)]));
        assert!(!dates_agree(&[(5, 0)], &[(11, 19)]));
        assert!(!dates_agree(&[(9, 3)], &[(9, 25)]));
    }

    #[test]
    fn dates_are_written_one_way() {
        check_tokens("Apple sets Sept. 9th event", "appl set september 9 event");
        check_tokens("Apple event on 9 September", "appl event 9 september");
        check_tokens("Xiaomi 14 may launch in March", "#14 xiaomi launch march");
        check_tokens(
            "Windows 11 23H2 arrives May 5",
            "#11 #23h2 window launch may 5",
        );
        for (title, events) in [
            ("Switch 2 launches 5th June", event::OFFICIAL | event::DATE),
            ("Switch 2 launches on 5 June", event::OFFICIAL | event::DATE),
            ("Windows 10 June update", event::UPDATE),
            ("Xiaomi 14 may launch soon", event::RUMOR),
        ] {
            assert_eq!(extract(title, "").events, events, "{title}");
        }
    }

    #[track_caller]
    fn check_tokens(title: &str, expected: &str) {
        assert_eq!(
            extract(title, "GSMArena").tokens.join(" "),
            expected,
            "{title}"
        );
    }

    #[test]
    fn tokens_are_stemmed_and_filtered() {
        check_tokens(
            "Xiaomi 14 Pro's Global Launch Uncertain Amidst HyperOS Development - GSMArena.com news",
            "#14 pro xiaomi global launch uncertain hypero development",
        );
        check_tokens(
            "EXCLUSIVE: Pixel 9 launches with Tensor G4 and more...",
            "#9 #g4 pixel launch tensor",
        );
        check_tokens(
            "Rumor suggests that Xiaomi 14 Pro might not make it beyond China",
            "#14 pro rumor xiaomi global china",
        );
    }

    #[test]
    fn rewordings_meet_in_concepts() {
        check_tokens("Sony raises PS5 prices", "#5 sony rise playstation price");
        check_tokens("New York Times sues OpenAI", "nyt sue openai");
        check_tokens("NYT sues OpenAI", "nyt sue openai");
        check_tokens("PS5 gets more expensive", "#5 playstation price");
        check_tokens("Bluesky opens to the public", "bluesky open everyone");
        check_tokens("Alphabet beats on Google cloud", "googl beat cloud");
        check_tokens("Galaxy S25 Edge is official", "#s25 edge galaxy launch");
        check_tokens("Unity says sorry for its fee", "unity apology fee");
        check_tokens("TikTok goes dark in the US", "tiktok goe outage");
        check_tokens("WhatsApp will show ads", "whatsapp show ad");
        check_tokens(
            "Nvidia sheds $600 billion in market cap",
            "nvidia fall 600 billion stock",
        );
        check_tokens("Crew-9 splashes down", "crew 9 return");
        check_tokens(
            "NASA scrubs Artemis 1 launch",
            "nasa shutdown artemis 1 launch",
        );
        check_tokens("WhatsApp ends its ad-free era", "whatsapp end ad fre era");
        check_tokens("WhatsApp is down for users", "whatsapp outage user");
        check_tokens("Prices go down", "price go down");
        check_tokens(
            "WhatsApp down? Users report problems",
            "whatsapp outage user problem",
        );
        check_tokens("CEO steps down", "ceo depart");
        // A price of 100 or more without its cents, rounded as outlets
        // more often write it; a sum in billions and a monthly fee keep theirs.
        check_tokens("OnePlus 15 arrives at $899.99", "#15 oneplus launch 900");
        check_tokens("OnePlus 15 is $900", "#15 oneplus 900");
        check_tokens("OnePlus 15 is $899.50", "#15 oneplus 899");
        // A release numbered 10 or more is written with and without ".0".
        check_tokens("OBS Studio 30.0 released", "obs studio 30 launch");
        check_tokens("A $1.25 billion deal", "1.25 billion deal");
        check_tokens("Netflix now costs $15.49", "netflix price 15.49");
    }

    #[test]
    fn words_for_one_thing_meet() {
        let tokens = |title: &str| extract(title, "").tokens;
        assert!(
            tokens("DJI files lawsuit against the US Defense Department")
                .contains(&"pentagon".to_owned())
        );
        assert!(tokens("DJI sues DoD over military list").contains(&"pentagon".to_owned()));
        assert!(tokens("DJI sues Pentagon").contains(&"pentagon".to_owned()));
        // A decision taken back, in any words.
        assert!(tokens("Whoop backtracks on upgrade fee").contains(&"reversal".to_owned()));
        assert!(tokens("Whoop reverses course on fees").contains(&"reversal".to_owned()));
        assert!(tokens("Members are furious about fees").contains(&"anger".to_owned()));
        assert!(tokens("Customers angry over fees").contains(&"anger".to_owned()));
        // A name glued to its version is the name and the version; another
        // version is another model.
        assert_eq!(
            tokens("Alibaba unveils Qwen3 models"),
            tokens("Alibaba unveils Qwen 3 models")
        );
        let models = |title: &str| extract(title, "").models;
        assert_eq!(
            models("AWS announces Trainium3"),
            models("AWS announces Trainium 3")
        );
        assert_ne!(
            models("AWS announces Trainium3"),
            models("AWS announces Trainium2")
        );
        // The EU's laws by their initials; a law now in force.
        assert!(tokens("EU agrees on the Digital Markets Act").contains(&"dma".to_owned()));
        assert_ne!(
            extract("The EU's Digital Markets Act is now in force", "").events & event::IN_FORCE,
            0
        );
        // Chats capped are chats limited.
        assert!(tokens("Microsoft caps Bing chats at 50 a day").contains(&"limit".to_owned()));
        // Gaining access is no rise.
        assert_eq!(
            extract("Ford EVs gain access to Superchargers", "").events,
            0
        );
        assert_ne!(extract("Tesla shares gain 5%", "").events, 0);
        assert!(
            tokens("GM joins Ford in adopting Tesla's charging standard").contains(&stem("nacs"))
        );
        // Degrees count no money: "$759" and "360-degree" can be one launch.
        assert!(
            extract("DJI Mini 4 Pro has 360-degree sensing", "")
                .amounts
                .is_empty()
        );
    }

    #[test]
    fn stems_meet() {
        for (a, b) in [
            ("launches", "launched"),
            ("phones", "phone"),
            ("batteries", "battery"),
            ("released", "release"),
            ("fined", "fines"),
            ("exceed", "exceeds"),
            ("exceeded", "exceed"),
            ("speeding", "speed"),
            ("agreed", "agree"),
            ("robotaxis", "robotaxi"),
            ("emojis", "emoji"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        // Words in "-is" are no plurals.
        for word in ["analysis", "crisis", "this"] {
            assert_eq!(stem(word), word);
        }
    }

    #[test]
    fn a_summary_gives_its_lead_without_the_headline_or_boilerplate() {
        assert_eq!(
            summary_features(
                "<p>Intel cuts 15,000 jobs. Intel will lay off <b>15,000</b> staff to save \
                 $10 billion.</p><p>The post Intel cuts 15,000 jobs appeared first on Site.</p>",
                "Intel cuts 15,000 jobs"
            )
            .tokens,
            ["intel", "layoff", "15000", "staff", "sav", "10", "billion"]
        );
        let long = "word ".repeat(100);
        assert_eq!(summary_features(&long, "Title").tokens.len(), 1);
        assert!(summary_features("Read more", "Title").tokens.is_empty());
    }

    #[test]
    fn devices_and_companies_are_named_once() {
        let features = extract("Apple's M4 Macs: Mac mini, iMac and MacBook Pro", "");
        assert_eq!(features.devices, ["mac", "imac", "macbook"]);
        assert_eq!(features.companies, ["apple"]);
        let features = extract("iPhone sideloading comes with iOS 17.4", "");
        assert_eq!(features.devices, ["iphone", "ios"]);
        let features = extract("EU fines Meta over Facebook Marketplace and Google", "");
        assert_eq!(features.companies, ["meta", "google"]);
        let features = extract("Arm prices IPO as Nvidia invests", "");
        assert_eq!(features.companies, ["arm", "nvidia"]);
        let features = extract("Threads hits 100 million users, beating ChatGPT", "");
        assert_eq!(features.companies, ["meta"]);
        let features = extract("Xbox games come to Disney+ and Hulu", "");
        assert_eq!(features.companies, ["microsoft", "disney"]);
        // Meta's Threads where a headline names it; a company passed is a
        // rival, not whose news it is.
        let features = extract("Threads now has 200 million users", "");
        assert_eq!(features.companies, ["meta"]);
        let features = extract("Peacock raises prices", "");
        assert_eq!(features.companies, ["comcast"]);
        // The party a case is against is no rival.
        let features = extract("The SEC is dropping its case against Coinbase", "");
        assert_eq!(features.companies, ["coinbase"]);
        let features = extract("Getty drops key copyright claims against Stability AI", "");
        assert_eq!(features.companies, ["stabilityai"]);
        assert_ne!(features.events & event::SETTLEMENT, 0);
        // Companies named by everyday words, where written as names.
        let companies = |title: &str| extract(title, "").companies;
        assert_eq!(companies("Signal rolls out usernames"), ["signal"]);
        assert!(companies("Chip orders signal a recovery").is_empty());
        assert_eq!(companies("Framework Laptop 12 goes on sale"), ["framework"]);
        assert!(companies("EU agrees a framework for AI rules").is_empty());
        assert_eq!(
            companies("Ripple wins partial victory against SEC"),
            ["ripple"]
        );
        assert!(companies("A ripple effect across the chip market").is_empty());
        // Names written in lowercase, and an editor that is no comparison.
        let features = extract("npm packages hijacked; VS Code will open source its AI", "");
        assert_eq!(features.companies, ["npm", "microsoft"]);
        assert_eq!(features.events & event::COMPARISON, 0);
        let features = extract("Layoffs hit Snap as it cuts 10% of staff", "");
        assert_eq!(features.companies, ["snap"]);
        assert!(
            extract("Oh snap, the zoom is good", "")
                .companies
                .is_empty()
        );
        assert!(
            extract("Galaxy S24 Ultra Camera Zoom Test", "")
                .companies
                .iter()
                .all(|company| *company != "zoom")
        );
        assert_eq!(extract("Ryzen 9 with 32 Threads", "").companies, ["amd"]);
        let features = extract("Nvidia passes Apple as it hits $3 trillion", "");
        assert_eq!(features.companies, ["nvidia"]);
        // A line of no one maker is the maker's whose line is written
        // before it.
        let features = extract("Galaxy Z Fold 4 is official", "");
        assert_eq!(features.companies, ["samsung"]);
        let features = extract("Xiaomi Mix Fold 4 launched", "");
        assert_eq!(features.companies, ["xiaomi"]);
        // A market report counts one kind of device; a monopoly case names
        // a market without counting it.
        let features = extract("Global smartphone shipments rose 6.4%, IDC says", "");
        assert_eq!(features.devices, ["smartphones"]);
        let features = extract("PC shipments grew slightly, IDC says", "");
        assert_eq!(features.devices, ["pc"]);
        let features = extract("US sues Apple for monopolizing the smartphone market", "");
        assert!(features.devices.is_empty());
    }

    #[test]
    fn rewordings_meet_at_one_concept() {
        check_tokens(
            "Microsoft completes Activision deal; Musk closes Twitter deal",
            "microsoft close activision deal musk twitter",
        );
        check_tokens(
            "US Department of Justice sues, Justice Department says",
            "doj sue",
        );
        check_tokens(
            "Silicon Valley Bank fails, European Commission says",
            "svb fail europe",
        );
        check_tokens(
            "Artificial intelligence rules: EU lawmakers, Parliament",
            "ai rul europe lawmakers",
        );
        check_tokens("Sony's slimmer PS5", "#5 sony slim playstation");
        check_tokens(
            "AI bots hold chats with kids; chatbot talks to children",
            "ai chatbot hold chat child talk",
        );
        check_tokens(
            "Intel is laying off 15,000 employees",
            "intel layoff 15000 staff",
        );
        check_tokens("Intel layoffs hit workforce", "intel layoff hit staff");
        check_tokens("Car dealers, dealerships and a dealer", "car dealer");
        check_tokens(
            "BYD's Hungary plant is its Hungarian factory",
            "byd hungary factory",
        );
        check_tokens("Geely proposes an offer", "geely offer");
        // A scrubbed launch is a cancelled one.
        check_tokens("NASA scrubs; NASA cancels", "nasa shutdown");
        check_tokens("Wi-Fi 7 certification; Wi-Fi Certified 7", "wifi 7 certify");
        check_tokens(
            "Botnet backdoors Asus routers; routers compromised",
            "botnet hack asus router",
        );
        // Terms of service are the "ToS"; raised eyebrows are concerns, no rise.
        check_tokens(
            "Arduino's new terms of service raise eyebrows; new ToS worry",
            "arduino tos concern",
        );
        check_tokens("Pebble is reviving; Pebble comes back", "pebbl return com");
        // A listing on a market is the IPO; one at a regulator is not.
        check_tokens("Kioxia delays Tokyo listing", "kioxia delay tokyo ipo");
        check_tokens("Pixel 9a FCC listing", "#9a pixel fcc list");
        check_tokens("Nintendo 64 games; N64 games", "#n64 gam");
        check_tokens("QuietComfort Ultra; QC Ultra", "qc ultra");
        check_tokens(
            "GIMP 3.0 Release Candidate 1; GIMP 3.0 RC1",
            "#rc1 gimp 3.0",
        );
        // A sum raised is funding, no rise.
        check_tokens(
            "Skild AI raises $300M in new funding",
            "skild ai funding 300 million",
        );
        // A milestone is reached in many words; only before a number.
        check_tokens(
            "Bitcoin tops $100,000, crosses 100000, hits $100K",
            "bitcoin milestone 100000",
        );
        check_tokens("PlayStation Network is down", "psn outage");
        check_tokens(
            "Netflix will no longer report subscribers, phases out Basic",
            "netflix halt subscriber shutdown basic",
        );
        check_tokens("Meta's Ray-Ban glasses", "meta rayban glass");
        check_tokens("Wojcicki dies; death of a CEO", "wojcicki death ceo");
        check_tokens(
            "CrowdStrike bug crashes PCs, global outage",
            "crowdstrik flaw outage pc global",
        );
        check_tokens("TikTok sues over ban; X blocked", "tiktok sue ban x");
        check_tokens(
            "Siri upgrade postponed, Apple delays",
            "siri upgrad delay appl",
        );
        check_tokens(
            "Microsoft is killing Skype; Skype discontinued in May",
            "microsoft shutdown skyp may",
        );
        check_tokens(
            "Google acquires Wiz in its biggest acquisition",
            "googl buy wiz biggest",
        );
        check_tokens("Apple to rename iOS 19, a rebrand", "#19 appl rename ios");
        check_tokens("Nvidia stock tumbled, then plunged", "nvidia stock fall");
        check_tokens(
            "Windows PCs hit by blue screen of death; BSOD everywhere",
            "window pc hit outage everywher",
        );
        check_tokens(
            "X chief quits; chief executive resigns, is stepping down",
            "x ceo depart",
        );
        check_tokens("Reddit shares pop in debut", "reddit stock rise launch");
        check_tokens(
            "Netflix is raising prices as Starship explodes",
            "netflix rise price starship explode",
        );
        check_tokens(
            "Today is Stadia's last day in Europe, the EU's final day",
            "stadia shutdown europe",
        );
        check_tokens(
            "Hackers stole data in breach felt around the world",
            "hack steal data felt around global",
        );
        check_tokens(
            "Nvidia sheds $600 billion in market value, worth less",
            "nvidia fall 600 billion market valu less",
        );
        check_tokens(
            "Nvidia surpasses Apple as most valuable; overtakes Microsoft",
            "nvidia overtak appl valu microsoft",
        );
        check_tokens(
            "Apple to halt US sales of smartwatches; stops selling watches",
            "appl halt sell watch",
        );
        check_tokens(
            "SBF sentenced; CZ pleads guilty",
            "bankman sentenc zhao plead guilty",
        );
        check_tokens("Cyberattack hits MGM; ransomware hackers", "hack hit mgm");
        check_tokens("Tesla slashes prices, cuts more", "tesla cut price");
        // Companies of two words are one name.
        check_tokens(
            "Electronic Arts and Stability AI; T-Mobile",
            "ea stabilityai tmobil",
        );
        check_tokens(
            "Microsoft invests in Mistral, its partner; a partnership",
            "microsoft invest mistral partner",
        );
    }

    #[test]
    fn a_trailing_clause_of_cause_is_background() {
        let features = extract(
            "Yaccarino quits as X chief a day after Grok antisemitic posts",
            "",
        );
        assert_eq!(features.background, ["grok", "antisemitic", "post"]);
        // Words the headline also uses before the clause are not background,
        // and a headline that starts with the clause has none.
        let features = extract("Tesla shares jump after Tesla robotaxi launch", "");
        assert_eq!(features.background, ["robotaxi", "launch"]);
        let features = extract("After the outage, CrowdStrike apologizes", "");
        assert!(features.background.is_empty());
        let features = extract("Apollo will shut down due to API pricing", "");
        assert_eq!(features.background, ["due", "api", "price"]);
        // Regions in the clause are the setting, not where the news is.
        let features = extract("Xiaomi 15 Ultra debuts in China ahead of global launch", "");
        assert_eq!(features.regions, region::CHINA);
        assert_eq!(features.background, ["ahead", "global"]);
        let features = extract("Galaxy S25 sales strong after Galaxy S24 slump", "");
        assert_eq!(features.background, ["#s24", "fall"]);
        // What another company does meanwhile is the setting; "as" a role
        // is not.
        let features = extract("Instagram announces Edits as TikTok goes dark", "");
        assert_eq!(features.background, ["tiktok", "goe", "outage"]);
        assert_eq!(features.events, event::OFFICIAL);
        let features = extract("Sam Altman returns as OpenAI CEO", "");
        assert!(features.background.is_empty());
    }

    #[test]
    fn a_price_is_what_buyers_pay() {
        for (title, priced) in [
            ("RTX 4070 Ti arrives January 5th for $799", true),
            ("Switch 2 launches 5th June, costs £395.99", true),
            ("Amazon to buy iRobot for $1.7 billion", false),
            ("HPE confirms $14B bid for Juniper", false),
            ("Amazon's $1.4bn iRobot takeover", false),
            ("Nvidia worth $3 trillion", false),
            ("Costs $ 5 or US$", false),
            // Rupees come before the sum, with a sign, "Rs" or "INR".
            ("iQOO 13 launched in India at ₹54,999", true),
            ("Nord 4 price starts at Rs. 29,999", true),
            ("Vivo X200 Pro at INR 94,999", true),
            ("Huawei Mate 70 RS 5G review", false),
            ("Hers 29,999 fans", false),
        ] {
            assert_eq!(names_a_price(&money_in(title)), priced, "{title}");
        }
        // A sum in rupees is no dollar price, and compares with sums in
        // small currencies only.
        for title in [
            "iQOO 13 launched in India at ₹54,999",
            "iQOO 13 price in India starts at Rs 54,999",
        ] {
            let features = extract(title, "");
            assert_eq!(features.amounts.len(), 1, "{title}");
            assert_eq!(features.amounts[0].unit, AmountUnit::Local, "{title}");
        }
        // A launch price with the day of the first sale is the launch.
        let sale_day = extract(
            "iQOO 13 price in India starts at Rs 54,999, sale from December 11",
            "",
        );
        assert_eq!(sale_day.events, event::OFFICIAL | event::PRICE);
        // A day only the trailing clause names is the setting, no date set.
        let tipped = extract(
            "Vivo V50 India price tipped ahead of February 17 launch",
            "",
        );
        assert_eq!(tipped.events & event::DATE, 0);
        assert_eq!(tipped.dates, [(2, 17)]);
    }

    #[test]
    fn tickers_and_company_suffixes_are_dropped() {
        check_tokens(
            "Heartbleed Hits Cisco Systems, Inc. (NASDAQ:CSCO) Equipment",
            "heartbleed hit cisco system equipment",
        );
        check_tokens("Apple Inc. (AAPL) wants a deal", "appl want deal");
        // Parentheses that are not tickers stay: "HTC One (M8)".
        check_tokens("HTC One (M8) review", "#m8 htc review");
        assert_eq!(strip_tickers("A (unclosed"), "A (unclosed");
        assert_eq!(
            strip_tickers("Price (US) and GM (NYSE:GM)"),
            "Price (US) and GM "
        );
    }

    #[test]
    fn money_reads_the_same_however_written() {
        check_tokens("EU fines Apple €1.8bn", "europe fine appl 1.8 billion");
        check_tokens(
            "Apple fined 1.8 billion euros",
            "appl fine 1.8 billion euro",
        );
    }

    #[test]
    fn case_evidence_skips_the_first_word_and_weighs_the_style() {
        let features = extract("Tesla shares soar after Cybercab reveal", "");
        assert_eq!(
            features.tokens,
            ["tesla", "stock", "rise", "cybercab", "reveal"]
        );
        assert_eq!(
            features.capitalized,
            [None, Some(false), Some(false), Some(true), Some(false)]
        );
        // Four of the five words of four letters or more after the first are lowercase.
        assert_eq!(features.case_weight, 80);
        assert_eq!(extract("Tesla Shares Soar After Reveal", "").case_weight, 0);
        assert_eq!(extract("TESLA SHARES SOAR AFTER reveal", "").case_weight, 0);
        // A word after a full stop or a colon starts a sentence: no evidence.
        let features = extract("Official: Samsung confirms it. Shares rose for Samsung", "");
        assert_eq!(
            features.tokens,
            ["launch", "samsung", "official", "stock", "rise"]
        );
        assert_eq!(
            features.capitalized,
            [None, Some(true), Some(false), None, Some(false)]
        );
        // A word with a capital inside is a name in any headline, even one
        // in title case or where a sentence starts.
        let features = extract("LastPass Says Hackers Stole Customer Vaults", "");
        assert_eq!(features.known_names, ["lastpass"]);
        assert_eq!(
            extract("Hackers stole DeepSeek and iPhone data", "").known_names,
            ["deepseek", "iphon"]
        );
        assert!(
            extract("Hackers Stole Customer Vaults", "")
                .known_names
                .is_empty()
        );
        // An acronym is a name even where a sentence starts.
        let features = extract("GTA trailer delayed. FTC says Take-Two is fine", "");
        assert_eq!(
            features.tokens,
            ["gta", "trailer", "delay", "ftc", "taketwo", "fine"]
        );
        assert_eq!(
            features.capitalized[..4],
            [Some(true), Some(false), Some(false), Some(true)]
        );
    }

    #[test]
    fn service_pieces_around_an_event_and_preorders_opened() {
        for (title, kinds) in [
            ("How to watch Apple's iPhone 16 event", event::WATCH),
            ("Galaxy Unpacked 2025 live stream: start time", event::WATCH),
            ("Nothing Phone 3 launch event livestream", event::WATCH),
            ("Ray-Ban Meta glasses can livestream to Instagram", 0),
            ("Livestream unveils an app for Google Glass", 0),
            ("What to expect from WWDC 2025", event::PREVIEW),
            (
                "What Apple is expected to announce on Monday",
                event::PREVIEW,
            ),
            ("Galaxy S25 expected to launch January 22", 0),
            ("Nvidia expects a $5.5 billion hit", 0),
            ("Apple event live blog: iPhone 16 and more", event::LIVE),
            ("Apple event live: all the news as it happens", event::LIVE),
            ("Google I/O 2025 live updates: Gemini and more", event::LIVE),
            // Android 16's "Live Updates" are a feature the release brings.
            (
                "Google releases Android 16 with live updates and better hearing aid support",
                0,
            ),
            (
                "Nothing Phone 3 launch: livestream and what to expect",
                event::WATCH | event::PREVIEW,
            ),
            // Two companies' news in one headline; not a list of
            // companies, nor more news of one named before.
            (
                "The Download: OpenAI's reasoning model, and Apple's iPhone 16 hearing aids",
                event::DIGEST,
            ),
            ("The EU is investigating Apple, Google, and Meta", 0),
            (
                "Amazon abandons iRobot deal, and iRobot's CEO steps down",
                0,
            ),
        ] {
            assert_eq!(
                extract(title, "GSMArena").events & event::COVERAGE,
                kinds,
                "{title}"
            );
        }
        for title in [
            "iPhone 16 preorders are now open",
            "iPhone 16 Pre-Orders Now Live",
        ] {
            let features = extract(title, "GSMArena");
            assert_eq!(features.events, event::ON_SALE | event::PREORDER, "{title}");
            assert!(features.tokens.contains(&"preorder".to_owned()), "{title}");
        }
    }

    #[test]
    fn a_macos_release_by_name_or_number_and_a_models_maker() {
        for title in [
            "Apple's next Mac update is macOS Tahoe",
            "Apple announces macOS Tahoe 26 with Liquid Glass",
            "macOS 26 Tahoe drops Intel support next year",
        ] {
            let models = extract(title, "").models;
            assert_eq!(models.len(), 1, "{title}");
            assert_eq!(models[0].to_string(), "macos 26", "{title}");
        }
        assert_eq!(
            extract("macOS Sonoma is available now", "").models[0].to_string(),
            "macos 14"
        );
        // The maker of the model a headline is about is named with it.
        let tahoe = extract("macOS 26 Tahoe drops Intel support next year", "");
        assert_eq!(tahoe.companies, ["intel", "apple"]);
        // Not a rival's maker: "a GPT-4 rival" is no news of OpenAI.
        let gemini = extract(
            "Google debuts Gemini, a GPT-4 rival with three model sizes",
            "",
        );
        assert!(gemini.subject().is_none(), "{:?}", gemini.models);
        assert_eq!(gemini.companies, ["google"]);
    }

    #[test]
    fn a_beta_is_a_model_of_its_own_numbered_as_outlets_number_it() {
        let models = |title: &str| {
            extract(title, "")
                .models
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        for title in [
            "Apple Seeds Second Betas of iOS 18.2 and iPadOS 18.2 to Developers",
            "Apple issues second iOS 18.2 developer beta",
            "iOS 18.2 beta 2 now available with new Image Playground styles",
            "iOS 18.2's second beta is out now",
        ] {
            assert_eq!(models(title)[0], "ios 18.2 beta 2", "{title}");
        }
        assert_eq!(
            models("Apple Seeds Second Betas of iOS 18.2 and iPadOS 18.2 to Developers"),
            ["ios 18.2 beta 2", "ipados 18.2 beta 2"]
        );
        assert_eq!(
            models("Apple seeds second public beta of iOS 18.2"),
            ["ios 18.2 public beta 2"]
        );
        assert_eq!(
            models("Android 15's first beta is here for Pixel devices"),
            ["android 15 beta 1"]
        );
        assert_eq!(
            models("Android 16 Beta 2.1 rolling out with bug fixes"),
            ["android 16 beta 2.1"]
        );
        // Not a model's beta: "a second beta" of nothing named, or a beta
        // of a line that ships no releases.
        assert_eq!(
            models("Apple Seeds Second Betas to Developers"),
            Vec::<String>::new()
        );
        let (beta, second, third, release) = (
            &extract("The battery percentage is back in the iOS 16 beta", "").models[0],
            &extract("iOS 16 Beta 2 adds battery percentage", "").models[0],
            &extract("iOS 16 Beta 3 is out", "").models[0],
            &extract("iOS 16 is out now", "").models[0],
        );
        assert!(beta.same_as(second) && second.same_as(beta));
        assert!(!second.same_as(third) && second.sibling_of(third));
        assert!(!second.same_as(release) && second.sibling_of(release));
        // A beta weighs as its release and the word: outlets that number it
        // and outlets that do not share both.
        let tokens = extract("iOS 16 Beta 2 adds battery percentage", "").tokens;
        assert!(tokens.contains(&"#16".to_owned()) && tokens.contains(&"beta".to_owned()));
        // "Issues" a beta is the verb, not a problem.
        let issued = extract("Apple issues second iOS 18.2 developer beta", "");
        assert_eq!(issued.events & event::COMPLAINT, 0);
        assert_ne!(
            extract("iOS 18.2 beta 2 issues frustrate developers", "").events & event::COMPLAINT,
            0
        );
    }

    #[test]
    fn teslas_are_models_as_the_title_writes_them() {
        let model = |title: &str| {
            extract(title, "")
                .models
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            model("Tesla recalls Model Y over seat belt warning"),
            ["tesla model y"]
        );
        assert_eq!(
            model("Tesla launches new Model 3 Performance with 510 hp"),
            ["tesla model 3 performance"]
        );
        assert_eq!(
            model("Tesla cuts prices on Model 3 and Model Y"),
            ["tesla model 3", "tesla model y"]
        );
        assert!(model("Meta's new AI model 3 times faster").is_empty());
        let (three, y) = (
            &extract("Tesla cuts Model 3 prices in China", "").models[0],
            &extract("Tesla cuts Model Y prices in China", "").models[0],
        );
        assert!(!three.same_as(y) && three.sibling_of(y));
        // "Model" stays a word of the headline.
        assert!(
            extract("Tesla recalls Model Y", "")
                .tokens
                .contains(&"model".to_owned())
        );
    }

    #[test]
    fn the_name_a_launch_verb_takes() {
        for (title, launched) in [
            (
                "Microsoft unveils Recall, an AI feature that records everything you do on a Copilot+ PC",
                Some("recall"),
            ),
            ("Microsoft unveils Copilot+ PCs", Some("copilot")),
            ("Meta launches Twitter rival Threads", Some("thread")),
            ("Instagram launches its new Edits app", Some("edit")),
            // A model, the line before it, a modifier, the maker.
            ("Apple announces iPhone 16 with Camera Control", None),
            ("Canon launches EOS R1 and R5 Mark II", None),
            ("Canon Finally Unveils Its Pro-Grade EOS R1", None),
            ("Microsoft announces Microsoft 365 price rise", None),
            // Only the headline's own news.
            ("Alphabet shares jump after Google unveils Willow", None),
            // Not a day, orders or an event's name.
            ("It's official: Galaxy S25 launches January 22", None),
            (
                "Forza Horizon 5 PS5 Release Date Announced, Pre-Orders Live Now",
                None,
            ),
            ("Apple Announces 'Awe Dropping' Event for September 9", None),
        ] {
            assert_eq!(extract(title, "").launched.as_deref(), launched, "{title}");
        }
    }

    #[test]
    fn the_part_a_headline_reports_on_and_a_makers_teasers() {
        use super::aspect::*;
        for (title, aspects, events) in [
            (
                "Xiaomi 15 Ultra design officially revealed",
                DESIGN,
                event::TEASER,
            ),
            (
                "Xiaomi 15 Ultra's camera system detailed by Lei Jun",
                CAMERA,
                event::TEASER,
            ),
            // The maker's own pictures are no launch, and leaked, a leak.
            (
                "OnePlus 13 official images reveal new design and colorways",
                DESIGN,
                event::TEASER,
            ),
            (
                "Exclusive: Google Pixel 9a official renders leak in all colors",
                DESIGN,
                event::LEAK,
            ),
            (
                "Oppo details the Find X8 Ultra's quad camera ahead of launch",
                CAMERA,
                event::TEASER,
            ),
            (
                "OnePlus 13 battery capacity confirmed at 6,000 mAh",
                BATTERY,
                event::TEASER,
            ),
            (
                "Oppo confirms Find N5 will be the world's thinnest foldable",
                0,
                event::TEASER,
            ),
            (
                "OnePlus 13 to have a 2K display with 1,600 nits, OnePlus confirms",
                0,
                event::TEASER,
            ),
            // A part a launch lists, a part that leaks, a part reviewed.
            (
                "OnePlus 13 launched with a 6,000 mAh battery",
                0,
                event::OFFICIAL,
            ),
            (
                "Xiaomi 15 Ultra display revealed as it goes official",
                DISPLAY,
                event::OFFICIAL,
            ),
            ("Pixel 10 Pro camera specs leak", CAMERA, event::LEAK),
            ("Pixel 9 Pro camera review", CAMERA, event::REVIEW),
            // The parts a launch lists after later models are its specs.
            (
                "Vivo T3 launched in India with Dimensity 7200 SoC",
                0,
                event::OFFICIAL,
            ),
            // A day is the date set, not a teaser.
            (
                "Asus confirms the ROG Phone 9 will launch on November 19",
                0,
                event::DATE | event::OFFICIAL,
            ),
        ] {
            let features = extract(title, "GSMArena");
            assert_eq!(
                (features.aspects, features.events),
                (aspects, events),
                "{title}"
            );
        }
    }

    #[test]
    fn crypto_s_words_are_read_as_its_news() {
        let tokens = |title: &str| extract(title, "").tokens;
        // "the Merge" is Ethereum's upgrade, not two companies merging, and
        // a name however it is written.
        for title in [
            "Ethereum completes the Merge, switching to proof of stake",
            "Ethereum's long-awaited Merge is complete, cutting its energy use",
            "Ethereum's 'Merge' upgrade goes live in landmark moment for crypto",
        ] {
            let features = extract(title, "");
            assert_eq!(
                features.events & (event::AGREEMENT | event::CLOSING),
                0,
                "{title}"
            );
            assert!(tokens(title).contains(&"themerg".to_owned()), "{title}");
        }
        let agreed = extract("Honda and Nissan agree to merge", "").events;
        assert_ne!(agreed & event::AGREEMENT, 0);
        // A price that crashes by a share falls; an app that crashes is down.
        let crash = extract("LUNA crashes 99% as Terra's stablecoin spiral deepens", "");
        assert_eq!(crash.events & (event::FALL | event::COMPLAINT), event::FALL);
        assert!(tokens("Bitcoin crashed to $17,000").contains(&"fall".to_owned()));
        assert!(tokens("ChatGPT crashes for thousands of users").contains(&"outage".to_owned()));
        // A winter that sets in sets no date.
        let layoffs = extract(
            "Coinbase lays off 18% of its staff as crypto winter sets in",
            "",
        );
        assert_eq!(layoffs.events & event::OFFICIAL, 0);
        // Withdrawals frozen are halted; a fund's initials are its name.
        assert!(tokens("Crypto lender Celsius freezes withdrawals").contains(&"halt".to_owned()));
        assert_eq!(
            tokens("Three Arrows Capital ordered into liquidation")[0],
            tokens("3AC ordered into liquidation")[0]
        );
    }

    #[test]
    fn sony_s_products_are_named_however_outlets_shorten_them() {
        let model = |title: &str| extract(title, "").models[0].to_string();
        let vr2 = model("Sony's PlayStation VR2 launches February 22nd for $549.99");
        for title in [
            "PSVR 2 Costs $550 And Launches Feb 22",
            "PSVR2 costs more than the PS5",
            "PS VR2 release date and price revealed",
            "PlayStation VR 2 release date and price revealed",
        ] {
            assert_eq!(model(title), vr2, "{title}");
        }
        assert_eq!(
            model("PS Plus Premium will cost $17.99 a month"),
            model("PlayStation Plus Premium will cost $17.99 a month")
        );
    }

    #[test]
    fn products_merged_into_one_are_no_deal() {
        let events = |title: &str| extract(title, "").events;
        let deal = event::AGREEMENT | event::CLOSING | event::TALKS;
        assert_eq!(
            events("PlayStation Plus and PlayStation Now Are Merging Into One Subscription") & deal,
            0
        );
        assert_eq!(
            events("Google is merging ChromeOS and Android into a single platform") & deal,
            0
        );
        assert_ne!(events("Honda and Nissan are merging") & deal, 0);
    }

    #[test]
    fn a_launch_that_slips_to_a_date_is_delayed() {
        for title in [
            "Artemis II slips to 2026 as NASA keeps the Orion heat shield",
            "Samsung's Galaxy S26 Unpacked reportedly pushed to February 25",
            "Galaxy S26 launch could slip to late February, report says",
        ] {
            let events = extract(title, "").events;
            assert_eq!(
                events & (event::DELAY | event::FALL),
                event::DELAY,
                "{title}"
            );
        }
        let events = extract("Bitcoin slips to $60,000", "").events;
        assert_eq!(events & (event::DELAY | event::FALL), event::FALL);
    }

    #[test]
    fn hackers_words_are_read_as_their_news() {
        // A ransomware gang's leak site is no product's leak.
        let seized = extract("Police seize LockBit ransomware gang's data leak site", "");
        assert_eq!(seized.events & event::LEAK, 0);
        // A company looking into a report of its breach is its word, as
        // "investigating claims" is; a regulator's probe of it is not.
        let own = extract(
            "Authentication firm Okta probes report of digital breach",
            "",
        );
        assert_eq!(
            own.events & (event::LEGAL | event::STATEMENT),
            event::STATEMENT
        );
        let regulator = extract("FTC probes Okta over digital breach", "");
        assert_ne!(regulator.events & event::LEGAL, 0);
    }

    #[test]
    fn a_company_closing_its_operations_or_denying_a_report_is_read_so() {
        let events = |title: &str| extract(title, "").events;
        // Operations closed are shut down, as a business shut down is.
        for title in [
            "Kaspersky to close US operations and lay off staff following ban",
            "Kaspersky is shutting down its US business after government ban",
        ] {
            assert_ne!(events(title) & event::SHUTDOWN, 0, "{title}");
        }
        // A denial is the company's word.
        for title in [
            "Meta denies training Llama 4 on benchmark test sets",
            "Polyfill.io owner says it's all a misunderstanding",
        ] {
            assert_ne!(events(title) & event::STATEMENT, 0, "{title}");
        }
        // Sites are websites.
        let tokens = |title: &str| extract(title, "").tokens;
        assert!(tokens("Attack hits 100K sites").contains(&"site".to_owned()));
        assert!(tokens("Script used by 100,000 websites").contains(&"site".to_owned()));
    }

    #[test]
    fn a_company_denying_a_report_rules_it_out() {
        let events = |title: &str| extract(title, "").events;
        for title in [
            "Valve says Steam wasn't breached after reports of leaked records",
            "Google pushes back on claims it warned all Gmail users",
            "Meta denies training Llama 4 on benchmark test sets",
            "Valve: Steam systems not breached, leaked codes can't be used",
            "Nvidia: No backdoors, no kill switches, no spyware in our GPUs",
        ] {
            assert_eq!(
                events(title) & (event::STATEMENT | event::RULED_OUT | event::COMPLAINT),
                event::STATEMENT | event::RULED_OUT,
                "{title}"
            );
        }
        // Users pushing back oppose it; a court denying a request rules
        // nothing out for a company.
        assert_ne!(
            events("Garmin fans push back against Connect Plus paywall") & event::COMPLAINT,
            0
        );
        assert_eq!(
            events("Judge denies FTC request to block the deal") & event::RULED_OUT,
            0
        );
        assert_eq!(
            events("Report: Apple won't launch a foldable iPhone this year") & event::RULED_OUT,
            0
        );
        assert_eq!(
            events("Apple denies Epic's request to bring back Fortnite") & event::RULED_OUT,
            0
        );
    }

    #[test]
    fn names_joined_by_an_ampersand_are_one_written_name() {
        // "M&S" is the name "ms", at a sentence's start as inside it, as
        // `normalize::words` writes it; so is "AT&T".
        let (capitals, _, _, _) = capitalization("M&S pauses online orders after cyber attack");
        assert!(capitals.contains(&"ms".to_owned()), "{capitals:?}");
        let (capitals, _, _, _) = capitalization("Shoppers stranded as AT&T network goes down");
        assert!(capitals.contains(&"att".to_owned()), "{capitals:?}");
    }

    #[test]
    fn a_headline_keeps_its_first_models_only() {
        let list: Vec<String> = (1..=30).map(|n| format!("X{n}0")).collect();
        let models = extract(&list.join(" "), "").models;
        assert_eq!(models.len(), MAX_MODELS);
        assert_eq!(models[0].to_string(), "x10");
    }

    #[test]
    fn attacks_numbered_second_or_later_are_repeated() {
        for (title, repeated) in [
            ("CDK Global hit by a second cyberattack", true),
            ("AT&T suffers 2nd outage in a week", true),
            ("T-Mobile discloses second data breach of 2023", true),
            (
                "Ticketmaster hit by the second-largest data breach ever",
                false,
            ),
            ("CDK Global cyberattack shuts down car dealerships", false),
            ("SpaceX's second Starship flight explodes", false),
            // Told again, or as another.
            (
                "Internet Archive breached again through stolen tokens",
                true,
            ),
            ("Slack is down again", true),
            ("Okta discloses another data breach", true),
            (
                "Internet Archive breached, 31 million records stolen",
                false,
            ),
            ("Apple is again the world's top phone maker", false),
        ] {
            assert_eq!(extract(title, "").repeated, repeated, "{title}");
        }
    }

    /// `event_of` sends only the words of `EVENT_WORDS` through
    /// `listed_event`: the list must hold every word an arm's pattern names.
    /// Patterns start lines of the match (as rustfmt writes them); what
    /// follows " if " is a guard.
    #[test]
    fn event_words_are_the_words_of_the_arms() {
        let source = include_str!("features.rs");
        let body = &source[source
            .find("fn listed_event(")
            .expect("listed_event is in features.rs")..];
        let body = &body[..body.find("\n}\n").expect("listed_event ends")];
        let mut named = std::collections::BTreeSet::new();
        for line in body.lines() {
            let Some(pattern) = line.strip_prefix("        ") else {
                continue;
            };
            if !(pattern.starts_with('"') || pattern.starts_with("| \"")) {
                continue;
            }
            let pattern = pattern.split(" if ").next().unwrap_or_default();
            let pattern = pattern.split(" =>").next().unwrap_or_default();
            named.extend(pattern.split('"').skip(1).step_by(2));
        }
        assert!(named.contains("leak") && named.contains("resumes") && named.len() > 400);
        let listed: std::collections::BTreeSet<&str> = EVENT_WORDS.iter().copied().collect();
        assert_eq!(
            listed.difference(&named).collect::<Vec<_>>(),
            Vec::<&&str>::new(),
            "listed but no arm's"
        );
        assert_eq!(
            named.difference(&listed).collect::<Vec<_>>(),
            Vec::<&&str>::new(),
            "an arm's but not listed"
        );
    }

    /// Words with no arm tell what the match's catch-all arms say.
    #[test]
    fn words_without_an_arm_tell_moves_and_delays() {
        use event::*;
        for (word, next, kind) in [
            ("soars", None, RISE),
            ("tumbles", Some("after"), FALL),
            ("gains", Some("access"), 0),
            ("gains", Some("5"), RISE),
            ("push", Some("back"), DELAY),
            ("pushing", Some("back"), DELAY),
            ("pushing", Some("ahead"), 0),
            ("galaxy", None, 0),
        ] {
            assert!(!EVENT_WORDS.contains(&word), "{word}");
            assert_eq!(event_of(word, None, next), kind, "{word} {next:?}");
        }
        // Listed words still go through their arms.
        assert_eq!(event_of("drops", Some("price"), None), PRICE | DISCOUNT);
        assert_eq!(event_of("drops", None, None), FALL);
    }

    #[test]
    fn dates_and_hands_on_are_events_of_their_own() {
        for (title, events) in [
            (
                "Galaxy S25 launches January 22",
                event::OFFICIAL | event::DATE,
            ),
            ("Pixel 9 event set for Aug. 13th", event::DATE),
            ("Switch 2 reveal coming in April", event::DATE),
            ("Samsung unveils the Galaxy S25", event::OFFICIAL),
            // Launches told by what they arrive with, one device or many.
            (
                "iPhone 16 and iPhone 16 Plus arrive with Camera Control and A18 chip",
                event::OFFICIAL,
            ),
            (
                "Sony WH-1000XM6 headphones arrive with a foldable design",
                event::OFFICIAL,
            ),
            ("Nvidia's RTX 5060 arrives at $299", event::OFFICIAL),
            ("Cargo ship arrives at space station", 0),
            // The FCC rules as a regulator; a device is listed with it.
            ("FCC officially declares AI-voiced robocalls illegal", 0),
            // A regulator investigates a company; hands-free is no hands-on.
            (
                "NHTSA investigates Ford's BlueCruise hands-free system",
                event::LEGAL,
            ),
            (
                "Uber is investigating a cybersecurity incident",
                event::STATEMENT,
            ),
            (
                "Vodafone and Three merger gets green light from watchdog",
                event::LEGAL | event::APPROVAL,
            ),
            ("Pixel 9a spotted at FCC", event::LEAK | event::BENCHMARK),
            ("Galaxy S25 gets 3C certification", event::BENCHMARK),
            // A standard's certification program is no device's listing.
            ("Wi-Fi 7 certification begins", 0),
            // A flaw that leaks keys leaks no product; what an exploit could
            // do hedges nothing; a patch is the fix.
            ("Downfall attack on Intel CPUs leaks encryption keys", 0),
            (
                "Apple patches Pegasus exploit that could infect iPhones",
                event::FIX,
            ),
            // A flaw researchers report is a problem report.
            (
                "Eufy cameras can stream unencrypted video, researchers find",
                event::COMPLAINT,
            ),
            (
                "Federal court strikes down net neutrality rules",
                event::LEGAL,
            ),
            ("March of the foldables", 0),
            // A deal falling apart is no fall in price.
            ("OpenAI's Windsurf acquisition falls apart", event::BLOCK),
            // A deal called off "officially" is no launch; a deal "off" ended.
            (
                "Nvidia officially calls off its attempt to buy Arm",
                event::BLOCK,
            ),
            (
                "Nvidia's takeover of Arm is off due to regulators",
                event::BLOCK,
            ),
            // A product retired ends; a person retiring leaves.
            (
                "Boston Dynamics retires its hydraulic Atlas robot",
                event::SHUTDOWN,
            ),
            // Noise cancelling is a feature; a regulator authorizes.
            ("AirPods Pro 2 with better noise cancelling", 0),
            (
                "FDA authorizes the AirPods Pro 2 hearing aid feature",
                event::APPROVAL,
            ),
            ("Galaxy S25 hands-on: small changes", event::HANDS_ON),
            ("Galaxy S25 review: small changes", event::REVIEW),
            ("Nvidia faces antitrust probe", event::LEGAL),
            (
                "TikTok sues over ban law",
                event::LEGAL | event::SUIT | event::BAN,
            ),
            ("Nvidia revenue doubles", event::EARNINGS),
            ("Apple Vision Pro is now available", event::ON_SALE),
            (
                "Vision Pro goes on sale today",
                event::OFFICIAL | event::ON_SALE,
            ),
            ("iPhone 15 on sale for $699", event::PRICE),
            ("OpenAI board pushes out Sam Altman", event::DEPARTURE),
            ("Sam Altman steps down", event::DEPARTURE),
            ("Ben Silbermann steps aside as CEO", event::DEPARTURE),
            (
                "Silbermann steps down as CEO, replaced by Google executive",
                event::DEPARTURE | event::APPOINTMENT,
            ),
            // Jobs cut, however told; a team fired is let go, not one person.
            ("Microsoft lays off 1,900 employees", event::LAYOFF),
            ("Snap to cut 10% of global workforce", event::LAYOFF),
            ("Google axes hundreds of jobs", event::LAYOFF),
            ("New round of layoffs at Amazon", event::LAYOFF),
            ("Tesla fires its entire Supercharger team", event::LAYOFF),
            ("Google lays out its plans for Android", 0),
            // A ban, and its end; a rollout suspended is a pause, as one
            // paused is.
            ("Brazil suspends X over Musk dispute", event::BAN),
            ("Italy bans ChatGPT over privacy concerns", event::BAN),
            ("X is blocked in Brazil", event::BAN),
            // A ban paused is its end.
            (
                "Mullenweg pauses WP Engine ban until October 1st",
                event::FIX | event::DATE,
            ),
            ("Brazil lifts ban on X", event::FIX),
            ("Samsung suspends One UI 7 rollout", event::DELAY),
            // A price raised in other words; a plan ended.
            (
                "YouTube TV is getting more expensive again",
                event::PRICE | event::RISE,
            ),
            (
                "Tariffs push the price of the Core 2 Duo up to $225",
                event::PRICE | event::RISE,
            ),
            (
                "Tariffs drive up prices of consoles",
                event::PRICE | event::RISE,
            ),
            // Anything else pushed up is no price.
            ("Tariffs push console makers to speed up production", 0),
            ("Netflix is ending its Basic plan", event::SHUTDOWN),
            (
                "Intel cancels its German and Polish chip plants",
                event::SHUTDOWN,
            ),
            // Renders surface; an idiom's surface leaks nothing.
            ("Galaxy S25 renders surface", event::LEAK),
            ("Oculus VR: 'We are just scratching the surface'", 0),
            ("Strike ends as talks succeed", 0),
            // A case won or lost is the court's news; a use case is none.
            ("Meta wins AI copyright case", event::LEGAL | event::VERDICT),
            (
                "Epic wins case against Google",
                event::LEGAL | event::VERDICT,
            ),
            ("The best use cases for AI", 0),
            // A listing confirms a spec; the maker does not.
            (
                "Galaxy S26 Ultra 60W charging confirmed by 3C listing",
                event::BENCHMARK,
            ),
            ("Sam Altman is back as CEO", event::APPOINTMENT),
            (
                "Nintendo delays Switch 2 preorders",
                event::DELAY | event::PREORDER,
            ),
            ("Sonos pushes back new speakers", event::DELAY),
            ("Google pauses Gemini image generation", event::DELAY),
            ("Here's our first look at the Switch 2", event::HANDS_ON),
            (
                "UK regulator blocks Activision takeover",
                event::BLOCK | event::LEGAL,
            ),
            (
                "UK approves Microsoft's Activision takeover",
                event::APPROVAL,
            ),
            // What a trailing clause tells came before the news: the
            // release, not the leak.
            ("GTA 6 trailer released early after leak", event::OFFICIAL),
            (
                "Python 3.13 final release pushed back to October 7",
                event::DELAY | event::DATE,
            ),
            ("Google's Bard made a factual error", event::COMPLAINT),
            ("Google's best Gemini demo was faked", event::COMPLAINT),
            // A launch that says when buyers get it is the launch; a date
            // on its own is news of its own.
            (
                "Google announces Pixel 7, available October 13",
                event::OFFICIAL,
            ),
            (
                "Galaxy S25 launches January 22",
                event::OFFICIAL | event::DATE,
            ),
            ("Pixel 7 available October 13", event::DATE),
            // A date with the price buyers pay is the launch.
            ("RTX 4070 Ti arrives January 5th for $799", event::OFFICIAL),
            // Arriving with features or in a market is the launch; arriving
            // in a month is not yet.
            (
                "iQOO 12 arrives in India with 50MP periscope camera",
                event::OFFICIAL,
            ),
            ("Galaxy S24 arrives with Galaxy AI", event::OFFICIAL),
            ("Indiana Jones arrives on PS5 in April", 0),
            // A launch that has happened lists its release date.
            (
                "Oura Ring 4 launched: price, release date and new features",
                event::OFFICIAL | event::PRICE,
            ),
            // What a maker confirms a device will be is its word before
            // the launch.
            (
                "Oppo confirms Find N5 will be the world's thinnest foldable",
                event::TEASER,
            ),
            ("Oppo confirms Find N5 is on the way", event::OFFICIAL),
            // What users feel is a complaint; what an executive says, or
            // a company clarifies, its statement.
            (
                "Users alarmed by Instagram map that shows their location",
                event::COMPLAINT,
            ),
            (
                "Older Chromecasts are suddenly broken for many users",
                event::COMPLAINT,
            ),
            (
                "Owners say Samsung's 990 Pro SSD health is dropping fast",
                event::COMPLAINT | event::FALL,
            ),
            (
                "Windows 11 update reportedly breaking SSDs",
                event::UPDATE | event::RUMOR | event::COMPLAINT,
            ),
            ("Breaking news: Apple breaking records", 0),
            (
                "Alaska Airlines flights taking off again after hours-long ground stop",
                event::FIX,
            ),
            // The cause the agency gives, active or passive, is its word.
            (
                "FAA says contractor unintentionally deleted files, causing outage",
                event::STATEMENT,
            ),
            // A company that finds no fault answers the reports.
            (
                "Phison found no evidence that Windows 11 update is bricking SSDs",
                event::UPDATE | event::STATEMENT,
            ),
            (
                "Phison says it couldn't reproduce SSD failures",
                event::STATEMENT,
            ),
            ("Bitcoin's broken record", 0),
            ("Google starts fixing broken Chromecasts", event::FIX),
            // A product's successor is no appointment; a person's is.
            (
                "Google TV Streamer: Chromecast's Successor Is a Smart Home Hub",
                0,
            ),
            (
                "Apple COO Jeff Williams to retire, Sabih Khan named successor",
                event::APPOINTMENT | event::DEPARTURE,
            ),
            (
                "Instagram head Adam Mosseri says the map does not share your location",
                event::STATEMENT,
            ),
            (
                "Instagram clarifies how its new map feature works",
                event::STATEMENT,
            ),
            ("Instagram says its map is private", 0),
            // A suit worn is no lawsuit.
            (
                "The Zenfone 11 Ultra is basically a ROG Phone 8 in a suit",
                0,
            ),
            (
                "Epic files a suit against Apple",
                event::LEGAL | event::SUIT,
            ),
            // A discount is a price, and not what the product costs.
            (
                "The MacBook Pro is discounted to its lowest price yet",
                event::PRICE | event::DISCOUNT,
            ),
            ("Get $100 off the Pixel 9", event::PRICE | event::DISCOUNT),
            // A pause ended; sales resumed are no fix.
            (
                "Samsung resumes One UI 7 rollout for the Galaxy S24",
                event::FIX,
            ),
            (
                "The One UI 7 update is rolling out again",
                event::UPDATE | event::FIX,
            ),
            ("Apple can resume selling Apple Watches", 0),
            (
                "iPhone 17 Pro owners report scuffs on day one",
                event::COMPLAINT,
            ),
            // Confirming what happened is no launch, unless a product or a
            // deal is what is confirmed; an end made official is no launch
            // either, and the cause a company gives is its statement.
            (
                "Twitter confirms zero-day used to expose data of 5.4 million accounts",
                0,
            ),
            // The deal agreed: "IBM to acquire HashiCorp for $6.4 billion".
            (
                "IBM confirms $6.4 billion deal for HashiCorp",
                event::OFFICIAL | event::PRICE | event::AGREEMENT,
            ),
            ("Skype is officially dead", 0),
            (
                "Apple says iPhone 15 overheating caused by iOS bug",
                event::STATEMENT,
            ),
            // A charge to a company is not a price.
            ("Nvidia says H20 curbs will cost it $5.5 billion", 0),
            ("Xiaomi's SU7 costs less than a Tesla Model 3", event::PRICE),
            (
                "OnePlus Nord 4 price in India starts at Rs 29,999",
                event::PRICE,
            ),
            ("Twitter Blue is now live", event::ON_SALE),
            (
                "Apple Watch back on sale after court grants stay",
                event::ON_SALE,
            ),
            // A deal called off, in the words outlets use.
            (
                "Adobe and Figma call off $20 billion acquisition",
                event::BLOCK,
            ),
            ("The Adobe-Figma deal is dead", event::BLOCK | event::PRICE),
            // What is dead is the product, not the deal.
            (
                "Humane's AI Pin is dead, as HP buys its assets",
                event::AGREEMENT,
            ),
            ("Binance is no longer buying FTX", event::BLOCK),
            // A service restarted after a pause is its end, as "resumes" is.
            ("Amazon restarts Prime Air drone deliveries", event::FIX),
            ("Try restarting your phone", 0),
            // A class action is a lawsuit.
            (
                "HP faces class action over its printers",
                event::LEGAL | event::SUIT,
            ),
            // A lawsuit dropped ends it, as a settlement does; no fall.
            (
                "The SEC is dropping its case against Coinbase",
                event::LEGAL | event::SUIT | event::SETTLEMENT,
            ),
            // Companies that merge or combine agree a deal.
            ("Charter and Cox are merging", event::AGREEMENT),
            // A reveal's window is no date set; a day is.
            (
                "Mario & Luigi: Brothership announced for November",
                event::OFFICIAL,
            ),
            (
                "Mario & Luigi: Brothership announced for November 7",
                event::OFFICIAL | event::DATE,
            ),
            // A suit tossed is dismissed; a ban avoided is none.
            (
                "Court tosses Samsung's preemptive suit against Oura",
                event::LEGAL | event::SUIT | event::SETTLEMENT,
            ),
            (
                "RingConn strikes licensing deal with Oura, avoiding US ban",
                event::PRICE | event::AGREEMENT,
            ),
            // Lawsuits ended are settled.
            (
                "Amazon and Nokia end their patent lawsuits",
                event::LEGAL | event::SUIT | event::SETTLEMENT,
            ),
            (
                "Charter to combine with Cox Communications in $34.5 billion deal",
                event::AGREEMENT | event::PRICE,
            ),
            (
                "Charter nears deal to combine with Cox",
                event::TALKS | event::PRICE,
            ),
            (
                "Paramount and Skydance reach merger agreement",
                event::AGREEMENT,
            ),
            (
                "Amazon drops iRobot acquisition",
                event::BLOCK | event::FALL,
            ),
            (
                "Adobe shares drop on Figma deal",
                event::FALL | event::PRICE,
            ),
            ("EU set to block Amazon's iRobot takeover", event::BLOCK),
            (
                "Microsoft's Activision Blizzard acquisition is complete",
                event::CLOSING,
            ),
            (
                "FTC loses bid to stop Microsoft's Activision purchase",
                event::LEGAL | event::DEAL_REVIEW,
            ),
            (
                "Musk names Linda Yaccarino as Twitter CEO",
                event::APPOINTMENT,
            ),
            ("UK clears Microsoft's Activision takeover", event::APPROVAL),
            // Comparing is not hedging; launches of AI models cite benchmarks.
            ("GPT-4 is less likely to invent facts", 0),
            ("GPT-4 shows human-level performance on benchmarks", 0),
            (
                "Pixel 9 spotted on Geekbench",
                event::LEAK | event::BENCHMARK,
            ),
            (
                "UK watchdog warns over Adobe's Figma takeover",
                event::LEGAL | event::DEAL_REVIEW,
            ),
            (
                "EU agrees landmark rules on artificial intelligence",
                event::LEGAL,
            ),
            // The steps of a criminal case.
            (
                "Do Kwon arrested in Montenegro",
                event::LEGAL | event::ARREST,
            ),
            ("Binance's Zhao pleads guilty", event::LEGAL | event::PLEA),
            (
                "Sam Bankman-Fried found guilty on all counts",
                event::LEGAL | event::VERDICT,
            ),
            (
                "SBF sentenced to 25 years in prison",
                event::LEGAL | event::SENTENCE,
            ),
            ("Apollo will shut down due to API pricing", event::SHUTDOWN),
            ("Apple is killing Apple Pay Later", event::SHUTDOWN),
            ("GM pulls the plug on Cruise robotaxis", event::SHUTDOWN),
            (
                "Android 15 stable update is finally here for Pixels",
                event::UPDATE | event::OFFICIAL | event::ON_SALE,
            ),
            (
                "GM halts funding of Cruise robotaxi development",
                event::SHUTDOWN,
            ),
            (
                "Cruise halts driverless service in all cities",
                event::DELAY,
            ),
            (
                "California suspends Waymo's application to expand robotaxi service",
                event::DELAY,
            ),
            ("Intel suspends its dividend", 0),
            (
                "Waymo's LA expansion plans put on hold by California regulator",
                event::DELAY | event::LEGAL,
            ),
            (
                "Tesla reveals Cybercab, a two-seat robotaxi, at We, Robot event",
                event::OFFICIAL,
            ),
            ("Leak reveals the Pixel 10's design", event::LEAK),
            // Stolen data given away is no product leaked or released;
            // documents leaked to a reporter are a leak.
            ("Hackers leak Qantas customer data", 0),
            ("Qantas customer data released on dark web by hackers", 0),
            (
                "Amazon's Q chatbot leaks data, leaked documents say",
                event::LEAK,
            ),
            // A maker no table knows revealing its first products launches them.
            (
                "Core Devices reveals its first Pebble-like watches",
                event::OFFICIAL,
            ),
            ("Report reveals its new details", 0),
            (
                "Waymo granted permission to operate robotaxis in Los Angeles",
                event::APPROVAL,
            ),
            (
                "Galaxy Z Fold 7 will launch July 9, Samsung says",
                event::DATE | event::OFFICIAL,
            ),
            (
                "Galaxy Z Fold 7 to launch July 9, report says",
                event::DATE | event::RUMOR,
            ),
            (
                "Google says a Pixel 9 overheating fix is coming",
                event::STATEMENT,
            ),
            (
                "Randy Pitchford says Borderlands 4 fixes are coming",
                event::STATEMENT,
            ),
            ("Google fixes Pixel 9 overheating", event::FIX),
            ("Galaxy S25 Ultra gains anti-reflective screen", 0),
            (
                "Tesla shares gain 5% after earnings",
                event::RISE | event::STOCK,
            ),
            (
                "CDK reportedly paid a $25 million ransom to restore dealership software",
                event::RUMOR | event::STATEMENT,
            ),
            (
                "Ascension restores access to electronic health records",
                event::FIX,
            ),
            (
                "Wolfspeed stock craters 60% on report",
                event::FALL | event::STOCK,
            ),
            // A sector's stocks, named or listed, are not one company's.
            (
                "Quantum Stocks Tumble as Nvidia's Huang Says Tech Is Decades Away",
                event::FALL | event::SECTOR,
            ),
            (
                "Rigetti, IonQ, D-Wave shares crater after Nvidia CEO's comments",
                event::FALL | event::SECTOR,
            ),
            (
                "Physicists question Microsoft's Majorana 1 claims",
                event::COMPLAINT,
            ),
            (
                "Majorana 1 data fails to convince skeptics",
                event::COMPLAINT,
            ),
            ("Apple answers questions about Siri", 0),
            ("This question is the hardest in AI", 0),
            (
                "Redmi Note 14 series first sale today on Amazon",
                event::ON_SALE | event::FIRST_SALE,
            ),
            (
                "I tested the Pixel 10 Pro for a week, and it's the AI phone to beat",
                event::REVIEW,
            ),
            (
                "Apple's smarter Siri won't arrive until next year",
                event::DELAY,
            ),
            (
                "Qualcomm wins Arm lawsuit over Nuvia licenses",
                event::LEGAL | event::VERDICT,
            ),
            (
                "Google to appeal Epic antitrust verdict",
                event::LEGAL | event::APPEAL,
            ),
            (
                "Pixel 8 battery drain fix is rolling out now",
                event::UPDATE | event::FIX,
            ),
            // An emergency patch is a fix; a company naming its attackers
            // speaks, while its word on its own plans is the news itself.
            (
                "Microsoft Releases Emergency Patches for Exploited SharePoint Flaw",
                event::OFFICIAL | event::UPDATE | event::FIX,
            ),
            (
                "Microsoft says Chinese hackers are exploiting SharePoint vulnerabilities",
                event::STATEMENT,
            ),
            // A company denying what it is accused of answers the reports.
            (
                "Adobe says it won't train AI on your work",
                event::STATEMENT | event::RULED_OUT,
            ),
            ("Adobe says its app will get AI", 0),
            (
                "Minnesota passes right to repair law covering phones",
                event::ENACTED,
            ),
            (
                "California governor signs right to repair act into law",
                event::ENACTED,
            ),
            (
                "Australia's social media ban for under-16s comes into force",
                event::IN_FORCE | event::BAN,
            ),
            (
                "Australia's ban on social media for kids under 16 is now in effect",
                event::IN_FORCE | event::BAN,
            ),
            (
                "Australia begins enforcing teen social media ban",
                event::IN_FORCE | event::BAN,
            ),
            ("Nvidia passes Apple as the most valuable company", 0),
            // Goods bought are no acquisition, a startup bought is; problems
            // a thing is made for are no complaint.
            (
                "China bans tech companies from buying Nvidia's AI chips",
                event::BAN,
            ),
            ("Nvidia to buy chip startup Enfabrica", event::AGREEMENT),
            (
                "Gemini 2.5 Pro gets a Deep Think mode for harder problems",
                0,
            ),
            // Talks that collapse are ended.
            (
                "Western Digital and Kioxia merger talks collapse",
                event::TALKS | event::BLOCK,
            ),
            // A bill one chamber passed, however told.
            (
                "House passes GENIUS Act 308-122 in win for crypto",
                event::ENACTED | event::CHAMBER,
            ),
            (
                "GENIUS Act clears Senate 68-30, heads to the House",
                event::CHAMBER,
            ),
            (
                "Apple Watch ban takes effect after White House passes on veto",
                event::IN_FORCE | event::BAN,
            ),
            (
                "Telegram founder Pavel Durov detained in Paris",
                event::LEGAL | event::ARREST,
            ),
            (
                "Pavel Durov breaks his silence, calls French arrest 'misguided'",
                event::STATEMENT | event::LEGAL,
            ),
            (
                "French police arrest Telegram CEO",
                event::LEGAL | event::ARREST,
            ),
            (
                "Telegram CEO says his arrest was 'misguided'",
                event::STATEMENT | event::LEGAL,
            ),
            (
                "Netflix will no longer report its subscriber count",
                event::SHUTDOWN,
            ),
            (
                "Netflix to stop reporting subscriber numbers",
                event::SHUTDOWN,
            ),
            (
                "Trump administration rescinds Biden-era AI chip export rule",
                event::SHUTDOWN,
            ),
            // A death is news of its own; a product that "dies" is not a death.
            (
                "Former YouTube CEO Susan Wojcicki has died at 56",
                event::DEATH,
            ),
            ("Ex-YouTube boss Susan Wojcicki dies aged 56", event::DEATH),
            ("Google Stadia is dead", 0),
            ("Apple TV+ renamed to Apple TV", event::RENAME),
            ("Sam Altman to join Microsoft", event::APPOINTMENT),
            (
                "Nokia CEO Pekka Lundmark to step down, Justin Hotard to take over",
                event::DEPARTURE | event::APPOINTMENT,
            ),
            ("Musk to take over Twitter as CEO", 0),
            // A person retiring leaves; a product retired is no departure.
            ("Jeff Williams is retiring as Apple's COO", event::DEPARTURE),
            ("John Giannandrea to retire from Apple", event::DEPARTURE),
            ("Microsoft will retire Skype", 0),
            // A move to another company is that company's hire too.
            (
                "Alan Dye departs Apple for Meta",
                event::DEPARTURE | event::APPOINTMENT,
            ),
            ("Meta poaches Apple's Alan Dye", event::APPOINTMENT),
            ("Alan Dye is leaving Apple", event::DEPARTURE),
            // A product brought to a market is launched there.
            (
                "Oppo's Find X9 Pro brings its 200MP camera to Europe",
                event::OFFICIAL,
            ),
            ("Max is changing its name back to HBO Max", event::RENAME),
            ("NASA scrubs Artemis I launch", event::DELAY),
            (
                "NASA scrubs 2nd Artemis 1 moon rocket launch attempt",
                event::DELAY,
            ),
            ("xAI scrubs Grok's antisemitic posts", 0),
            (
                "Facebook and Instagram are back after a major outage",
                event::FIX,
            ),
            ("Instagram is back up", event::FIX),
            (
                "Huawei's tri-fold phone draws 3 million pre-orders",
                event::DEMAND | event::PREORDER,
            ),
            // A recall's reason and its fix are the recall.
            ("Tesla recalls 363,000 cars to fix crashes", event::RECALL),
            // "May" before a year is the month.
            ("Zelda sequel is out May 2023", 0),
            (
                "Apple will pay $95 million to settle claims",
                event::LEGAL | event::SUIT | event::SETTLEMENT,
            ),
            (
                "Apple sued over Siri recordings",
                event::LEGAL | event::SUIT,
            ),
            // "May" after "in" is the month, not a hedge.
            (
                "Microsoft is shutting down Skype in May",
                event::DATE | event::SHUTDOWN,
            ),
            ("Xiaomi 14 Pro may not launch globally", event::RUMOR),
            ("PS5 Pro review: a luxury upgrade", event::REVIEW),
            ("PS5 Pro teardown reveals new cooling", event::TEARDOWN),
            ("PS5 Pro revealed at $700", event::OFFICIAL),
            ("Intel CPUs keep crashing", event::COMPLAINT),
            // A fix or statement about a problem is not a report of it.
            ("Intel has a fix for its crashing CPUs", event::FIX),
            (
                "Apple acknowledges iPhone 15 overheating issue",
                event::STATEMENT,
            ),
            // A maker confirming a fault, promising a fix or paying for it speaks.
            (
                "Asus confirms ROG Ally microSD reader problem, promises a fix",
                event::STATEMENT,
            ),
            (
                "Samsung confirms Galaxy S25 launch date",
                event::OFFICIAL | event::DATE,
            ),
            (
                "OnePlus is giving refunds to 12R owners over a storage error",
                event::STATEMENT,
            ),
            // A rule announced, taken back, and a game leaving the store.
            (
                "Helldivers 2 will require PSN accounts on PC",
                event::OFFICIAL,
            ),
            (
                "Sony reverses Helldivers 2 PSN requirement",
                event::REVERSAL,
            ),
            (
                "Sony backs down on Helldivers 2 PSN account requirement",
                event::REVERSAL,
            ),
            (
                "Helldivers 2 no longer requires a PSN account on PC",
                event::REVERSAL,
            ),
            (
                "Canada is no longer trying to ban the Flipper Zero",
                event::REVERSAL | event::BAN,
            ),
            (
                "Google scales back AI Overviews after bizarre answers",
                event::REVERSAL,
            ),
            ("Helldivers 2 delisted on Steam", event::SHUTDOWN),
            (
                "Helldivers 2 pulled from sale in 170 countries",
                event::SHUTDOWN,
            ),
            ("Pixel 8 on sale now", event::ON_SALE),
            (
                "AT&T blames network outage on an incorrect process",
                event::STATEMENT,
            ),
            (
                "Apple is working on a fix for iOS 17 bugs",
                event::STATEMENT,
            ),
            ("iOS 17.1.1 fixes wireless charging not working", event::FIX),
            // Tests failed and passed.
            (
                "Samsung's HBM3E memory fails Nvidia qualification tests",
                event::BLOCK,
            ),
            ("Samsung's HBM3E chips clear Nvidia tests", event::APPROVAL),
            // A model's reviews are reviews; a regulator's are not.
            ("iPad Mini 7 Reviews: The Most Minor Upgrade", event::REVIEW),
            ("Vision Pro reviews are in", event::REVIEW),
            ("Microsoft reviews its Teams policy", 0),
        ] {
            assert_eq!(extract(title, "").events, events, "{title}");
        }
        let plans = extract("Apple says smarter Siri will take longer than expected", "");
        assert_eq!(plans.events & event::STATEMENT, 0);
        // An appeals court rules; it does not appeal.
        let court = extract("Appeals court rejects FTC bid to block the deal", "");
        assert_eq!(court.events & event::APPEAL, 0);
    }

    #[test]
    fn consoles_and_handhelds_named_by_a_letter_and_their_markets() {
        let features = extract("Xbox Series X Will Now Cost $649.99 in the US", "");
        let models: Vec<String> = features.models.iter().map(ToString::to_string).collect();
        assert_eq!(models, ["xbox x"]);
        assert_eq!(features.regions, region::US);
        // The market a price changes in, not where a chart is topped.
        let features = extract("DeepSeek tops App Store downloads in the US", "");
        assert_eq!(features.regions, 0);
        let features = extract(
            "Nintendo Switch 2 costs £395.99 at launch in the UK and US",
            "",
        );
        assert_eq!(features.regions, region::EUROPE | region::US);
        let features = extract("vivo X200 series launches internationally", "");
        assert_eq!(features.regions, region::GLOBAL);
        // "80Wh" is a battery, not a model.
        let features = extract("The ROG Ally X is official with an 80Wh battery", "");
        let models: Vec<String> = features.models.iter().map(ToString::to_string).collect();
        assert_eq!(models, ["ally x"]);
    }

    #[test]
    fn a_company_s_periods_are_no_models_nor_dates() {
        let features = extract("Apple Reports Q4 2025 Results: $102.5 Billion Revenue", "");
        assert!(features.models.is_empty(), "{:?}", features.models);
        assert_eq!(features.events, event::EARNINGS);
        let features = extract("Apple revenue tops $100 billion in September quarter", "");
        assert_eq!(features.events, event::EARNINGS);
        for title in [
            "Nvidia made $44.1 billion last quarter",
            "Samsung H1 profit falls",
        ] {
            let features = extract(title, "");
            assert!(features.models.is_empty(), "{title}");
            assert_ne!(features.events & event::EARNINGS, 0, "{title}");
        }
    }

    #[test]
    fn a_model_without_its_generation_is_the_current_one() {
        let generic = &extract("Microsoft's new Surface Pro has an OLED display", "").models[0];
        let numbered = &extract("Surface Pro 11 announced with OLED", "").models[0];
        assert!(generic.same_as(numbered) && numbered.same_as(generic));
        // Siblings stay siblings: "Pro" is not "Pro Max", nor "14" "14 Pro".
        let pro = &extract("iPhone 16 Pro review", "").models[0];
        let pro_max = &extract("iPhone 16 Pro Max review", "").models[0];
        assert!(!pro.same_as(pro_max) && pro.sibling_of(pro_max));
        let fourteen = &extract("Xiaomi 14 launch", "").models[0];
        let fourteen_pro = &extract("Xiaomi 14 Pro launch", "").models[0];
        assert!(!fourteen.same_as(fourteen_pro));
    }

    #[test]
    fn a_brand_is_its_own_lines_and_no_other_brands() {
        let model = |title: &str| extract(title, "").models[0].clone();
        assert!(model("Xiaomi 14 Ultra launch").same_as(&model("Mi 14 Ultra launch")));
        assert!(model("Samsung S24 Ultra deal").same_as(&model("Galaxy S24 Ultra review")));
        assert!(model("Xiaomi Pad 7 launch").same_as(&model("Pad 7 launch")));
        for (ours, theirs) in [
            ("OnePlus 13 goes global", "iQOO 13 launched in India"),
            ("Xiaomi 15 launched", "Redmi 15 launched"),
            ("OnePlus 15 launched", "Android 15 released"),
            ("Vivo X200 Pro review", "Oppo X200 Pro review"),
        ] {
            assert!(!model(ours).same_as(&model(theirs)), "{ours} vs {theirs}");
            assert!(!model(theirs).same_as(&model(ours)), "{theirs} vs {ours}");
        }
    }

    #[test]
    fn generations_are_rivals_within_one_line() {
        let model = |title: &str| extract(title, "").models[0].clone();
        let (m2, m4) = (model("Apple's M2 chip"), model("A Mac with M4"));
        assert!(m2.generation_rival_of(&m4) && !m2.same_as(&m4));
        assert!(model("Pixel 8 review").generation_rival_of(&model("Pixel 9 review")));
        // An AI model's version alone is its family, the size before or after.
        let claude4 = model("Anthropic's Claude 4 models");
        assert!(claude4.same_as(&model("Claude Opus 4 is here")));
        assert!(model("Gemini 2.0 Flash").same_as(&model("Gemini 2.0 launch")));
        assert!(!model("GPT-4o mini").same_as(&model("GPT-4 launch")));
        assert!(!model("GPT-4 Turbo").same_as(&model("GPT-4 launch")));
        assert!(!model("iPhone 16 Pro review").same_as(&model("iPhone 16 review")));
        // A chip series is each of its chips, of the same modifiers.
        assert!(model("RTX 40 graphics").same_as(&model("RTX 4070 inside")));
        assert!(model("RTX 40 Super cards").same_as(&model("RTX 4080 Super review")));
        assert!(!model("RTX 40 Super cards").same_as(&model("RTX 4080 review")));
        assert!(model("Ryzen 7000 chips").same_as(&model("Ryzen 9 7950X review")));
        assert!(!model("Ryzen 7000 chips").same_as(&model("Ryzen 9 9950X review")));
        assert!(model("Ryzen 7000X3D chips").same_as(&model("Ryzen 9 7950X3D")));
        // A graphics card's laptop part is a chip of its own.
        let laptop = model("RTX 5090 laptop GPU leads Nvidia's mobile lineup");
        assert_eq!(laptop.core, "5090 laptop");
        assert!(!laptop.same_as(&model("RTX 5090 review")));
        assert!(laptop.same_as(&model("Nvidia RTX 5090 mobile GPU tested")));
        // A model named with a plural kind is its family.
        let tablets = model("Galaxy Tab S10 tablets swap Snapdragon");
        assert!(tablets.same_as(&model("Galaxy Tab S10 Plus launched")));
        assert!(!tablets.sibling_of(&model("Galaxy Tab S10 Ultra")));
        assert!(!model("Galaxy Tab S10 launched").same_as(&model("Galaxy Tab S10 Plus")));
        assert!(!model("Ryzen 7000X3D chips").same_as(&model("Ryzen 9 7950X")));
        assert!(!model("RTX 4070 review").same_as(&model("RTX 4080 review")));
        // A number alone is a generation only in its own line.
        assert!(!model("Xiaomi 15 launch").generation_rival_of(&model("HyperOS 2 update")));
        assert!(!model("Galaxy S24 launch").generation_rival_of(&model("Galaxy A55 launch")));
    }

    #[test]
    fn arrivals_returns_and_changes_in_price() {
        let features = extract("The OnePlus 13 is here with a $899 price tag", "");
        assert_eq!(
            features.events,
            event::OFFICIAL | event::ON_SALE | event::PRICE
        );
        assert!(features.tokens.contains(&"launch".to_owned()));
        // "$100 cheaper" is a change, "$999" the price.
        let features = extract("M4 MacBook Air is $100 cheaper at $999", "");
        assert_eq!(features.amounts.len(), 1);
        assert_eq!(features.amounts[0].value, 999.0);
        // Only a return to a post is an appointment.
        assert_eq!(
            extract("Sam Altman to return as CEO", "").events,
            event::APPOINTMENT
        );
        assert_eq!(extract("Starliner returns to Earth", "").events, 0);
        // Events of a trailing clause are what came before the news.
        assert_eq!(
            extract("Alphabet shares jump after Google unveils quantum chip", "").events,
            event::STOCK | event::RISE
        );
    }

    #[test]
    fn going_wrong_is_not_going_official() {
        assert_eq!(
            extract("OnePlus 13 goes official", "").events,
            event::OFFICIAL
        );
        assert_eq!(extract("Threads goes live", "").events, event::OFFICIAL);
        assert_eq!(
            extract("CrowdStrike update goes wrong", "").events,
            event::UPDATE
        );
        assert_eq!(extract("TikTok goes dark", "").events, 0);
    }

    #[test]
    fn a_licence_granted_is_an_approval_and_fixed_wireless_no_fix() {
        let events = |title: &str| extract(title, "").events;
        assert_eq!(
            events("Starlink receives GMPCS licence from DoT"),
            event::APPROVAL
        );
        assert_eq!(events("Starlink gets licence in India"), event::APPROVAL);
        assert_eq!(events("Microsoft signs licence deal") & event::APPROVAL, 0);
        assert_eq!(
            events("Jio launches AirFiber 5G fixed wireless service"),
            event::OFFICIAL
        );
        // The day new prices take effect is the change's, not a day told.
        assert_eq!(
            events("Airtel hikes plan prices by 21 percent from July 3") & event::DATE,
            0
        );
        assert_ne!(events("Galaxy S25 launches January 22") & event::DATE, 0);
    }

    #[test]
    fn software_numbered_on_its_own_is_no_brand_s_model() {
        let model = |title: &str| extract(title, "").models[0].clone();
        assert!(!model("Debian 13 released").same_as(&model("OnePlus 13 launched")));
        assert!(!model("Linux 6.12 released").same_as(&model("Xiaomi 6.12 launched")));
        assert!(model("Samsung One UI 7 beta").same_as(&model("One UI 7 beta")));
    }

    #[test]
    fn a_successor_takes_over_a_buyer_takes_over_a_company() {
        let events = |title: &str| extract(title, "").events;
        assert_eq!(
            events("Board member Spencer Rascoff takes over"),
            event::APPOINTMENT
        );
        assert_eq!(events("Fouquet takes the helm at ASML"), event::APPOINTMENT);
        assert_eq!(events("Musk takes over Twitter") & event::APPOINTMENT, 0);
        // In-app purchases are no purchase of a company.
        assert!(
            !extract("Apple forces Patreon to use in-app purchases", "")
                .tokens
                .contains(&"buy".to_owned())
        );
    }

    #[test]
    fn bankruptcies_and_blacklists() {
        let events = |title: &str| extract(title, "").events;
        for title in [
            "Northvolt files for Chapter 11 bankruptcy protection",
            "Northvolt declares bankruptcy in Sweden",
            "Startup goes bankrupt",
        ] {
            assert_eq!(events(title), event::BANKRUPTCY, "{title}");
        }
        assert_eq!(
            events("Lyten acquires bankrupt Northvolt's Swedish gigafactory") & event::BANKRUPTCY,
            0
        );
        assert_eq!(
            events("Pentagon adds CATL to list of Chinese military companies"),
            event::BAN
        );
        assert_eq!(events("Apple adds five games to its list") & event::BAN, 0);
        assert_eq!(events("Cerebras files for US IPO"), event::IPO_FILING);
        assert_eq!(events("Klarna files to go public"), event::IPO_FILING);
        assert_eq!(
            events("Memory chipmaker Kioxia applies to list on Tokyo Stock Exchange"),
            event::IPO_FILING
        );
        assert_eq!(
            events("Cerebras withdraws IPO filing") & (event::SHUTDOWN | event::IPO_FILING),
            event::SHUTDOWN
        );
        let regions = |title: &str| extract(title, "").regions;
        assert_eq!(
            regions("Northvolt declares bankruptcy in Sweden"),
            region::EUROPE
        );
        assert_eq!(
            regions("Swedish battery maker Northvolt files for Chapter 11 bankruptcy in US"),
            region::US
        );
        // A home told as the company's epithet is no market; a country
        // that acts is.
        assert_eq!(
            regions("Europe's battery hope Northvolt files for bankruptcy"),
            0
        );
        assert_eq!(
            regions("Chinese EV maker BYD launches Seal in Japan"),
            region::JAPAN
        );
        assert_eq!(regions("China bans Micron chips"), region::CHINA);
        // So is a home told as "-based", and the home of a company's
        // possessive: "Australia's Canva buys UK-based Affinity".
        assert_eq!(regions("Canva buys Affinity, a UK-based Adobe rival"), 0);
        assert_eq!(
            regions("Australia's Canva buys design software maker Affinity"),
            0
        );
        assert_eq!(
            regions("India's antitrust body fines Google"),
            region::INDIA
        );
    }

    #[test]
    fn yen_are_a_local_currency_and_charges_are_results() {
        let features = extract("Square Enix takes ¥22.1bn loss on abandoned games", "");
        assert_eq!(features.events, event::EARNINGS);
        assert_eq!(features.companies, ["squareenix"]);
        assert_eq!(
            features
                .amounts
                .iter()
                .map(|amount| (amount.value, amount.unit))
                .collect::<Vec<_>>(),
            [(22.1e9, AmountUnit::Local)]
        );
        let events = |title: &str| extract(title, "").events;
        assert_eq!(
            events("Warner takes $9.1 billion write-down"),
            event::EARNINGS
        );
        assert_eq!(
            events("Pixel 9 users report data loss") & event::EARNINGS,
            0
        );
    }

    #[test]
    fn events_and_regions() {
        let features = extract("Galaxy S24 Ultra teardown reveals bigger vapor chamber", "");
        assert_eq!(features.events, event::TEARDOWN);
        let features = extract("Xiaomi 14 Pro launches in China", "");
        assert_eq!(
            (features.events, features.regions, features.hedged),
            (event::OFFICIAL, region::CHINA, false)
        );
    }

    #[test]
    fn a_capital_letter_joins_the_number_after_it() {
        let joined = |title: &str| {
            let mut words = normalize::words(title);
            join_letter_numbers(title, &mut words);
            words.join(" ")
        };
        assert_eq!(
            joined("Zenbook S 14 vs Galaxy S 24"),
            "zenbook s14 vs galaxy s24"
        );
        // Not a year, a word, a lowercase letter or a decimal.
        assert_eq!(joined("Model S 2024 refresh"), "model s 2024 refresh");
        assert_eq!(joined("Apple A 14 and I 3"), "apple a 14 and i 3");
        assert_eq!(joined("plan s 14"), "plan s 14");
        assert_eq!(joined("OS X 10.10 Yosemite"), "os x 10.10 yosemite");
    }

    #[test]
    fn a_region_word_in_a_name_is_no_region() {
        let regions = |title: &str| extract(title, "").regions;
        assert_eq!(
            regions("CDK Global says nearly all car dealers back online"),
            0
        );
        assert_eq!(regions("SAE International publishes new standard"), 0);
        // Not after a known company, a place, or in lowercase.
        assert_eq!(regions("OPPO Global launch set for March"), region::GLOBAL);
        assert_eq!(
            regions("US International travel rules change"),
            region::GLOBAL
        );
        assert_eq!(regions("CDK global outage widens"), region::GLOBAL);
        // The word is still a token: "CDK Global" headlines share it.
        assert!(
            extract("CDK Global hit by hackers", "")
                .tokens
                .contains(&"global".to_owned())
        );
    }

    #[test]
    fn shapes_tell_a_word_apart_only_when_none_can_be_it() {
        let words: Vec<String> = ["apple", "sues", "", "épée", "x"]
            .iter()
            .map(|word| (*word).to_owned())
            .collect();
        let shapes = Shapes::of(&words);
        for word in &words {
            assert!(shapes.may_hold(word), "{word}");
        }
        // Another first letter, or another length.
        assert!(!shapes.may_hold("banana"));
        assert!(!shapes.may_hold("apricots"));
        assert!(!shapes.may_hold("y"));
    }

    #[test]
    fn phrases_become_their_words_in_the_tables_order() {
        let rewritten = |title: &str| {
            let mut words: Vec<String> = title.split(' ').map(str::to_owned).collect();
            rewrite_phrases(&mut words);
            words.join(" ")
        };
        assert_eq!(
            rewritten("unity technologies and unity software"),
            "unity and unity"
        );
        assert_eq!(rewritten("fedora linux linux 41"), "fedora 41");
        // "artificial intelligence" comes after "stability ai" in the table.
        assert_eq!(
            rewritten("stability artificial intelligence"),
            "stability ai"
        );
        assert_eq!(rewritten("nothing to rewrite"), "nothing to rewrite");
        assert_eq!(
            rewritten("tesla full self driving probe"),
            "tesla fsd probe"
        );
    }

    #[test]
    fn periods_are_the_news_own_not_a_forecasts() {
        let periods = |title: &str| extract(title, "").periods;
        assert_eq!(
            periods("Lyft reports record Q2 revenue in 2024, fastest since 2021"),
            [Period::Quarter(2), Period::Year(2024)]
        );
        assert_eq!(
            periods("Nvidia posts third quarter results"),
            [Period::Quarter(3)]
        );
        for title in [
            "Lyft forecasts third-quarter bookings below estimates",
            "Apple sees Q4 revenue growth",
            "Intel cuts Q3 guidance",
            "Tesla's 2025 outlook disappoints",
        ] {
            assert_eq!(periods(title), [], "{title}");
        }
    }

    #[test]
    fn places_are_states_and_cities_where_news_happens() {
        let places = |title: &str| extract(title, "").places;
        assert_eq!(
            places("California approves Mercedes' Level 3 system"),
            ["california"]
        );
        assert_eq!(places("Waymo opens to all in Los Angeles"), ["la"]);
        assert_eq!(places("New Mexico sues Meta"), ["new mexico"]);
        assert_eq!(extract("New Mexico sues Meta", "").regions, 0);
        // Names that hold a place's name, and cities not placed.
        for title in [
            "Texas Instruments cuts its forecast",
            "New York Times sues OpenAI",
            "AMD Phoenix APUs tested",
            "Washington weighs an AI bill",
            "Ford Mustang unveiled at the New York auto show",
        ] {
            assert!(places(title).is_empty(), "{title}");
        }
        assert!(places_overlap(&["austin"], &["texas"]));
        assert!(!places_overlap(&["la"], &["sf"]));
        assert!(!places_overlap(&["la"], &["california", "sf"]));
        assert!(places_overlap(&["la", "sf"], &["sf"]));
    }

    #[test]
    fn production_cut_is_not_production_ended() {
        let events = |title: &str| extract(title, "").events;
        assert_ne!(
            events("Ford halves F-150 Lightning output") & event::OUTPUT,
            0
        );
        assert_ne!(
            events("Ford to end production of the F-150 Lightning") & event::SHUTDOWN,
            0
        );
        assert_eq!(events("Ford cuts production costs") & event::OUTPUT, 0);
    }

    #[test]
    fn an_ipo_priced_above_expectations_is_no_rumour() {
        let features = extract("Klarna prices IPO at $40 a share, above expected range", "");
        assert_eq!(features.events & event::RUMOR, 0);
        let features = extract("Circle's shares skyrocket on first day of trading", "");
        assert_ne!(features.events & event::RISE, 0);
        assert!(
            features.tokens.iter().any(|token| token == "launch"),
            "{:?}",
            features.tokens
        );
    }

    #[test]
    fn what_news_is_built_for_or_lands_on_is_its_setting() {
        let background = |title: &str| extract(title, "").background;
        assert!(
            background("Google's new Nest Cam is built for Gemini").contains(&"gemini".to_owned())
        );
        let landed = background("Gemini is finally coming to your Nest speakers");
        assert!(landed.contains(&"nest".to_owned()), "{landed:?}");
        assert!(!landed.contains(&"gemini".to_owned()), "{landed:?}");
    }

    #[test]
    fn flaws_are_one_concept_and_spyware_is_planted_in_no_factory() {
        let tokens = |title: &str| extract(title, "").tokens;
        assert!(tokens("Intel Downfall vulnerability").contains(&"flaw".to_owned()));
        assert!(tokens("AMD 'Zenbleed' bug").contains(&"flaw".to_owned()));
        let planted = tokens("Apple fixes zero-days used to plant Pegasus spyware");
        assert!(!planted.contains(&"factory".to_owned()), "{planted:?}");
    }
}
