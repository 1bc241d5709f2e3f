//! Pure text functions shared by `parse` and `cluster`: plain text from HTML,
//! headline clean-up, word splitting and canonical URLs.
//!
//! Nothing here knows about feeds, stories or clusters, and nothing does I/O.
//! The functions that make keys (`words`, `canonical_url`) are idempotent:
//! applying one to its own output changes nothing.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Turns a fragment of HTML (or plain text with entities) into plain text:
/// tags dropped, `script` and `style` contents dropped, entities decoded,
/// whitespace collapsed to single spaces and trimmed.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(first) = after.chars().next() else {
            text.push('<');
            rest = after;
            break;
        };
        if !(first.is_ascii_alphabetic() || first == '/' || first == '!' || first == '?') {
            // A lone "<" as in "a < b" is text, not a tag.
            text.push('<');
            rest = after;
            continue;
        }
        let Some(end) = after.find('>') else {
            // An unclosed tag at the end: drop it.
            rest = "";
            break;
        };
        let tag = after[..end].to_ascii_lowercase();
        rest = &after[end + 1..];
        for hidden in ["script", "style"] {
            if tag == hidden || tag.starts_with(&format!("{hidden} ")) {
                let close = format!("</{hidden}");
                rest = match rest.to_ascii_lowercase().find(&close) {
                    Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                    None => "",
                };
            }
        }
        // Block-level tags separate words; inline ones do not, but a space is harmless.
        text.push(' ');
    }
    text.push_str(rest);
    // Decode twice: feeds often double-escape ("&amp;amp;"), and decoding is a no-op
    // on text without entities, so this stays idempotent in practice.
    let once = html_escape::decode_html_entities(&text);
    let twice = html_escape::decode_html_entities(&once);
    collapse_whitespace(&twice)
}

/// Collapses every run of whitespace (including non-breaking and zero-width
/// spaces) into one space and trims both ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{a0}'))
        .filter(|word| !word.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Removes a trailing site name from a headline: " - GSMArena.com news",
/// " | The Verge", " – Engadget". `feed` is the outlet's name, used as a hint.
///
/// A final segment is removed when it names the feed, looks like a domain, or
/// ends in "news", and is short; a headline is never reduced to nothing.
pub fn strip_site_suffix<'a>(title: &'a str, feed: &str) -> &'a str {
    let mut title = title.trim();
    // A headline can carry two suffixes ("Story - Section - Site"), so repeat.
    for _ in 0..2 {
        let Some((head, tail)) = split_last_segment(title) else {
            break;
        };
        if head.trim().is_empty() || !looks_like_site(tail.trim(), feed) {
            break;
        }
        title = head.trim_end();
    }
    title
}

/// Removes a wire service's slug before a headline, as Reuters writes them:
/// "UPDATE 2-Nvidia forecasts ...", "EXCLUSIVE-Apple plans ...",
/// "REFILE-...", "Analysis-...", "Factbox: ...".
pub fn strip_wire_prefix(title: &str) -> &str {
    const SLUGS: &[&str] = &[
        "update",
        "exclusive",
        "refile",
        "brief",
        "factbox",
        "explainer",
        "analysis",
        "insight",
        "corrected",
        "correction",
        "wrapup",
        "rpt",
        "column",
        "breakingviews",
        "timeline",
    ];
    let title = title.trim_start();
    // A slug is short: look no further than its longest, and allocate
    // nothing, since every headline passes here.
    let Some(at) = title.bytes().take(22).position(|b| b == b'-' || b == b':') else {
        return title;
    };
    let head = title[..at].trim_end();
    let slug = head
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    let rest = title[at + 1..].trim_start();
    if SLUGS.iter().any(|known| known.eq_ignore_ascii_case(slug)) && !rest.is_empty() {
        rest
    } else {
        title
    }
}

/// Splits text into lowercase words without accents: letters and digits stay
/// together ("s24", "14pro"), and a `+` glued to a word becomes the word "plus"
/// ("S24+" gives "s24", "plus"). Apostrophes end a word ("Xiaomi's" gives "xiaomi").
/// A sum written short is written out, as other outlets write it: "1.8bn"
/// gives "1.8", "billion", and so does "$1.8B" after a currency sign, and
/// "8.5M" with its decimal point. A spec's unit joins the number before it,
/// as most outlets write it: "6,000 mAh" gives "6000mah".
pub fn words(text: &str) -> Vec<String> {
    // One word of ASCII letters is itself in lowercase: features ask this of
    // every capitalised word of a headline.
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphabetic()) {
        return vec![text.to_ascii_lowercase()];
    }
    split_all_words(text)
}

/// `words` without the shortcut for one word of ASCII letters.
fn split_all_words(text: &str) -> Vec<String> {
    let text = join_initials(text);
    let text = drop_domains(&text);
    // Most headlines are ASCII, which decomposes to itself: the Unicode
    // tables are only walked for text that needs them.
    if text.is_ascii() {
        split_words(text.chars())
    } else {
        split_words(text.nfkd().filter(|c| !is_combining_mark(*c)))
    }
}

/// `words` over the characters of a text already decomposed, with accents
/// dropped.
fn split_words(chars: impl Iterator<Item = char>) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut skipping_suffix = false;
    // Whether `current` follows a currency sign.
    let mut money = false;
    let mut chars = chars.peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            if !skipping_suffix {
                if c.is_ascii() {
                    current.push(c.to_ascii_lowercase());
                } else {
                    current.extend(c.to_lowercase());
                }
            }
            continue;
        }
        // "1.8", "18.1" and "15,000" are one number.
        let in_number = !current.is_empty()
            && !skipping_suffix
            && current.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && chars.peek().is_some_and(char::is_ascii_digit);
        if in_number && c == '.' {
            current.push('.');
            continue;
        }
        // "Kubernetes v1.30" is "Kubernetes 1.30": a version's "v" goes.
        if c == '.'
            && !skipping_suffix
            && current.len() > 1
            && current.starts_with('v')
            && current[1..].bytes().all(|b| b.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            current.remove(0);
            current.push('.');
            continue;
        }
        if in_number && c == ',' {
            continue;
        }
        // "AT&T", "R&D": one word, as "ATT" and "RD".
        if c == '&'
            && !current.is_empty()
            && !skipping_suffix
            && chars.peek().is_some_and(|next| next.is_alphanumeric())
        {
            continue;
        }
        // "Pre-orders" are "preorders", a "non-profit" a "nonprofit" and
        // "Wi-Fi" "wifi", as other outlets write them.
        if c == '-'
            && !skipping_suffix
            && joins_hyphen(&current)
            && chars.peek().is_some_and(|next| next.is_alphabetic())
        {
            continue;
        }
        skipping_suffix = false;
        let glued = !current.is_empty();
        if glued {
            push_unit_or_word(&mut words, std::mem::take(&mut current), money);
        }
        money = matches!(c, '$' | '€' | '£' | '¥');
        match c {
            '+' if glued => words.push("plus".to_owned()),
            // "17%" is "17 percent", as other outlets write it.
            '%' if glued => words.push("percent".to_owned()),
            // "Xiaomi's", "Apple’s": drop the possessive but keep "don't" as "don".
            '\'' | '’' if glued => skipping_suffix = true,
            _ => {}
        }
    }
    if !current.is_empty() {
        push_unit_or_word(&mut words, current, money);
    }
    words
}

/// Pushes `word`, or glues it to the number just before it when it is the
/// unit of a spec: "6,000 mAh" is "6000mah", as "6,000mAh" is, "50 MP" is
/// "50mp" and "16-GB" "16gb". Whatever stands between the two, so that
/// words written out and split again stay as they were.
fn push_unit_or_word(words: &mut Vec<String>, word: String, money: bool) {
    const SPEC_UNITS: &[&str] = &[
        "mah", "mp", "hz", "ghz", "gb", "tb", "nm", "w", "kwh", "fps", "gbps", "mbps", "nits",
        "liter", "litre", "liters", "litres",
    ];
    match words.last_mut() {
        Some(number)
            if SPEC_UNITS.contains(&word.as_str())
                && number.bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
        {
            number.push_str(&word);
        }
        _ => push_word(words, word, money),
    }
}

/// Whether `prefix` makes one word with the word after its hyphen:
/// "pre-orders", "non-profit", "Wi-Fi" (in any case). Not "Co-op", which
/// the cluster features join into a name of their own (`PHRASES`).
pub fn joins_hyphen(prefix: &str) -> bool {
    ["pre", "non", "wi"]
        .iter()
        .any(|joined| prefix.eq_ignore_ascii_case(joined))
}

/// A site named by its domain is the site: "Polyfill.io" is "Polyfill",
/// "Amazon.com" "Amazon".
fn drop_domains(text: &str) -> std::borrow::Cow<'_, str> {
    const DOMAINS: &[&str] = &[".com", ".io", ".net", ".org"];
    let bytes = text.as_bytes();
    // A domain ends its word, after a letter or digit.
    let domain_at = |at: usize| {
        (at > 0 && bytes[at - 1].is_ascii_alphanumeric())
            .then(|| {
                DOMAINS.iter().find(|domain| {
                    bytes.len() >= at + domain.len()
                        && bytes[at..at + domain.len()].eq_ignore_ascii_case(domain.as_bytes())
                        && !bytes
                            .get(at + domain.len())
                            .is_some_and(u8::is_ascii_alphanumeric)
                })
            })
            .flatten()
    };
    if !text.contains('.')
        || !(0..bytes.len()).any(|at| bytes[at] == b'.' && domain_at(at).is_some())
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'.'
            && let Some(domain) = domain_at(at)
        {
            at += domain.len();
            continue;
        }
        let c = text[at..].chars().next().expect("at is a char boundary");
        out.push(c);
        at += c.len_utf8();
    }
    std::borrow::Cow::Owned(out)
}

/// Initials written with dots are one word, as most outlets write them:
/// "U.S." is "US", "U.K." is "UK", "A.I." is "AI".
fn join_initials(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // An initial: a letter with no letter or digit before it, then a dot.
    let initial = |at: usize| {
        bytes.get(at).is_some_and(u8::is_ascii_alphabetic)
            && bytes.get(at + 1) == Some(&b'.')
            && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
    };
    if !text.contains('.') || !(0..bytes.len()).any(|at| initial(at) && initial(at + 2)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < bytes.len() {
        // Two or more initials in a row: "U.S.", "U.S.A.".
        let mut end = at;
        while initial(end) {
            end += 2;
        }
        if end - at >= 4 {
            out.extend(bytes[at..end].iter().step_by(2).map(|&b| b as char));
            at = end;
        } else {
            let c = text[at..].chars().next().expect("at is a char boundary");
            out.push(c);
            at += c.len_utf8();
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Pushes `word`, written out when it is a short sum: "1.8bn" as "1.8",
/// "billion"; after a currency sign also "32b" and "95m", which elsewhere
/// name models and sizes ("Llama 405B", "5m").
fn push_word(words: &mut Vec<String>, word: String, money: bool) {
    let digits = word
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    // "8.5M" is a count even without a currency sign; "5m" may be metres.
    let decimal = word[..digits].contains('.');
    // "$100K" is "$100,000", as most outlets write it, and so are "100K
    // sites"; not a "4K" screen, a "12K" camera or a "285K" chip.
    if &word[digits..] == "k"
        && (money || word[..digits].parse::<f64>().is_ok_and(round_thousands))
        && let Ok(value) = word[..digits].parse::<f64>()
        && (value * 1000.0).fract() == 0.0
        && value < 1e9
    {
        words.push(format!("{:.0}", value * 1000.0));
        return;
    }
    let magnitude = match (&word[digits..], money) {
        ("bn", _) | ("b", true) => "billion",
        ("mn", _) | ("m" | "mm", true) => "million",
        ("b", false) if decimal => "billion",
        ("m", false) if decimal => "million",
        ("t" | "tn", true) => "trillion",
        // "profit falls 10pc", as British outlets write "10%".
        ("pc", _) => "percent",
        _ => "",
    };
    if digits > 0 && !magnitude.is_empty() {
        words.push(word[..digits].to_owned());
        words.push(magnitude.to_owned());
    } else {
        words.push(word);
    }
}

/// Whether "`value`K" without a currency sign counts thousands ("100K
/// sites", "50K users"): round numbers only, as chips are named "285K" and
/// "14900K", screens "4K" and cameras "12K".
fn round_thousands(value: f64) -> bool {
    (20.0..1000.0).contains(&value)
        && value.fract() == 0.0
        && (value % 100.0 == 0.0 || value < 100.0 && value % 5.0 == 0.0)
}

/// A canonical form of a story URL for spotting the same article in two feeds:
/// scheme and host lowercased, `www.` dropped, fragment and tracking parameters
/// (`utm_*`, `fbclid`, `gclid`, ...) removed, trailing slash dropped.
/// Text that is not a URL is returned trimmed.
pub fn canonical_url(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw.trim()) else {
        return raw.trim().to_owned();
    };
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| !is_tracking_parameter(key))
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    let host = url
        .host_str()
        .map(|host| host.trim_start_matches("www.").to_owned());
    if let Some(host) = host {
        // Only fails for URLs that cannot have a host, which have none to change.
        let _ = url.set_host(Some(&host));
    }
    let _ = url.set_scheme("https");
    let path = url.path();
    if path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/').to_owned();
        url.set_path(&trimmed);
    }
    url.to_string()
}

/// Cuts text to at most `max` characters, on a word boundary when one is near,
/// and marks the cut with an ellipsis.
pub fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => &cut,
    };
    format!("{}…", cut.trim_end())
}

/// The headline before its last separator, and the segment after it.
fn split_last_segment(title: &str) -> Option<(&str, &str)> {
    const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " » "];
    // Every separator starts with a space, so one pass from the end over
    // the spaces finds the last (a space is a whole character).
    title
        .bytes()
        .enumerate()
        .rev()
        .filter(|&(_, byte)| byte == b' ')
        .find_map(|(at, _)| {
            SEPARATORS
                .iter()
                .find(|separator| title[at..].starts_with(**separator))
                .map(|separator| (&title[..at], &title[at + separator.len()..]))
        })
}

/// Outlets whose names end the headlines aggregators pass on ("Apple
/// launches M3 MacBook Air - Reuters" in a Google News feed), where the
/// feed's own name says nothing of them, compared without case, spaces or
/// punctuation ("ZDNET" is "ZDNet"). Names that are also words a headline
/// may end on ("Mint", "Science", "Deadline") are left out.
const OUTLETS: &[&str] = &[
    "Reuters",
    "Bloomberg",
    "CNBC",
    "The Verge",
    "Engadget",
    "TechCrunch",
    "Ars Technica",
    "Wired",
    "The Register",
    "ZDNet",
    "CNET",
    "The Guardian",
    "BBC",
    "BBC News",
    "Associated Press",
    "AP News",
    "Financial Times",
    "The Wall Street Journal",
    "Wall Street Journal",
    "WSJ",
    "The New York Times",
    "New York Times",
    "The Washington Post",
    "Axios",
    "Business Insider",
    "Forbes",
    "Fortune",
    "The Information",
    "9to5Mac",
    "9to5Google",
    "MacRumors",
    "AppleInsider",
    "Android Authority",
    "Android Police",
    "Android Central",
    "XDA",
    "XDA Developers",
    "GSMArena",
    "SamMobile",
    "Sammy Fans",
    "Gizmochina",
    "Gadgets 360",
    "NDTV Gadgets 360",
    "91mobiles",
    "Beebom",
    "Livemint",
    "Hindustan Times",
    "India Today",
    "The Times of India",
    "Times of India",
    "The Economic Times",
    "Tom's Guide",
    "Tom's Hardware",
    "PCMag",
    "PC Gamer",
    "PCWorld",
    "TechRadar",
    "Digital Trends",
    "Mashable",
    "Gizmodo",
    "SlashGear",
    "Neowin",
    "Windows Central",
    "BleepingComputer",
    "The Hacker News",
    "SecurityWeek",
    "VentureBeat",
    "The Next Web",
    "Fast Company",
    "Semafor",
    "Politico",
    "CNN",
    "CNN Business",
    "Fox Business",
    "MarketWatch",
    "Yahoo Finance",
    "Yahoo News",
    "Barron's",
    "Electrek",
    "Teslarati",
    "Space.com",
    "SpaceNews",
    "Notebookcheck",
    "VideoCardz",
    "Wccftech",
    "AnandTech",
    "IGN",
    "Polygon",
    "Kotaku",
    "Eurogamer",
    "GameSpot",
    "Nikkei Asia",
    "South China Morning Post",
    "SCMP",
    "The Korea Herald",
    "Yonhap",
    "The Hollywood Reporter",
    "404 Media",
    "Platformer",
    "Rest of World",
    "AFP",
    "Sky News",
    "The Telegraph",
    "The Independent",
    "New Scientist",
    "The Atlantic",
    "Digitimes",
    "TrendForce",
    "How-To Geek",
    "MakeUseOf",
    "Lifehacker",
    "UploadVR",
    "Road to VR",
    "The Keyword",
    "Google Blog",
    "Apple Newsroom",
    "Samsung Newsroom",
];

/// Whether a segment, squashed (`squashed`), names one of `OUTLETS`.
fn names_outlet(squashed_segment: &str) -> bool {
    static NAMES: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            OUTLETS
                .iter()
                .map(|name| squashed(&self::words(name)))
                .collect()
        });
    NAMES.contains(squashed_segment)
}

fn looks_like_site(segment: &str, feed: &str) -> bool {
    let words = words(segment);
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let feed_words: Vec<String> = self::words(feed)
        .into_iter()
        .filter(|word| word != "www")
        .collect();
    // "The Verge" names the feed "theverge.com", and "MacRumors" the feed
    // "www.macrumors.com".
    let (segment_squashed, feed_squashed) = (squashed(&words), squashed(&feed_words));
    let names_feed = !feed_words.is_empty()
        && (feed_words
            .iter()
            .any(|word| word.len() > 2 && words.contains(word))
            || segment_squashed.contains(&feed_squashed)
            || segment_squashed.len() >= 5 && feed_squashed.contains(&segment_squashed));
    if names_feed || names_outlet(&segment_squashed) {
        return true;
    }
    let lower = segment.to_lowercase();
    let domain = [
        ".com", ".net", ".org", ".co.uk", ".in", ".io", ".de", ".it", ".fr",
    ]
    .iter()
    .any(|tld| lower.contains(tld));
    domain || words.last().is_some_and(|word| word == "news")
}

fn squashed(words: &[String]) -> String {
    words.concat()
}

fn is_tracking_parameter(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid"
                | "gclid"
                | "mc_cid"
                | "mc_eid"
                | "ref"
                | "ref_src"
                | "cmpid"
                | "ncid"
                | "guccounter"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[track_caller]
    fn check_plain(html: &str, expected: &str) {
        assert_eq!(plain_text(html), expected);
    }

    #[test]
    fn plain_text_drops_tags_scripts_and_entities() {
        check_plain("<b>Pixel 8</b> &amp; more", "Pixel 8 & more");
        check_plain("a<script>alert(1)</script>b", "a b");
        check_plain("<style type=\"x\">p{}</style>Text", "Text");
        check_plain("1 < 2 and &lt;b&gt;", "1 < 2 and <b>");
        check_plain("double &amp;amp; escaped", "double & escaped");
        check_plain("  lots\n of \t space&nbsp;here ", "lots of space here");
        check_plain("unclosed <a href=", "unclosed");
    }

    #[track_caller]
    fn check_suffix(title: &str, feed: &str, expected: &str) {
        assert_eq!(strip_site_suffix(title, feed), expected);
    }

    #[test]
    fn site_suffixes_are_removed() {
        check_suffix(
            "Xiaomi 14 Pro goes global - GSMArena.com news",
            "GSMArena",
            "Xiaomi 14 Pro goes global",
        );
        check_suffix("Pixel 9 review | The Verge", "The Verge", "Pixel 9 review");
        check_suffix(
            "Galaxy S24 leak – SamMobile",
            "SamMobile",
            "Galaxy S24 leak",
        );
        check_suffix(
            "Apple M4 - the details - Tech News",
            "",
            "Apple M4 - the details",
        );
        check_suffix(
            "Snapdragon 8 Gen 3 vs 8s Gen 3 - which is faster",
            "Wccftech",
            "Snapdragon 8 Gen 3 vs 8s Gen 3 - which is faster",
        );
        check_suffix("- GSMArena.com", "GSMArena", "- GSMArena.com");
        // A feed named by its domain, and an outlet an aggregator names.
        check_suffix(
            "Apple announces M3 MacBook Air - The Verge",
            "theverge.com",
            "Apple announces M3 MacBook Air",
        );
        check_suffix(
            "Apple launches M3 MacBook Air - Reuters",
            "Google News",
            "Apple launches M3 MacBook Air",
        );
        check_suffix(
            "Nvidia's new GPU – Tom’s Hardware",
            "news.google.com",
            "Nvidia's new GPU",
        );
        check_suffix(
            "Apple vs. Samsung - a fight over the next frontier",
            "Google News",
            "Apple vs. Samsung - a fight over the next frontier",
        );
    }

    #[test]
    fn wire_slugs_are_removed() {
        for (title, expected) in [
            (
                "UPDATE 2-Nvidia forecasts revenue",
                "Nvidia forecasts revenue",
            ),
            (
                "EXCLUSIVE-Apple plans to make iPhone 17 in India",
                "Apple plans to make iPhone 17 in India",
            ),
            (
                "REFILE-Samsung Galaxy S24 sales top 1 million",
                "Samsung Galaxy S24 sales top 1 million",
            ),
            ("Analysis-Intel's foundry bet", "Intel's foundry bet"),
            ("Factbox: What Apple announced", "What Apple announced"),
            // Not a slug: a headline that starts with a name.
            ("Wi-Fi 7 routers are here", "Wi-Fi 7 routers are here"),
            (
                "Samsung: Galaxy S24 sold out",
                "Samsung: Galaxy S24 sold out",
            ),
        ] {
            assert_eq!(strip_wire_prefix(title), expected, "{title}");
        }
    }

    #[track_caller]
    fn check_words(text: &str, expected: &str) {
        assert_eq!(words(text).join(" "), expected);
    }

    #[test]
    fn words_keep_models_whole() {
        check_words("Galaxy S24+ and S24 Ultra", "galaxy s24 plus and s24 ultra");
        check_words(
            "Xiaomi's 14Pro: “global” launch!",
            "xiaomi 14pro global launch",
        );
        check_words("Snapdragon 8s Gen 3 🔥", "snapdragon 8s gen 3");
        check_words("Café Pokémon ÉLITE", "cafe pokemon elite");
        check_words("don't", "don");
        check_words("AT&T outage, R&D & more", "att outage rd more");
        check_words(
            "Pre-Orders for a non-profit, at Co-op, on Wi-Fi",
            "preorders for a nonprofit at co op on wifi",
        );
        check_words(
            "Netflix drops plan in U.S. and U.K.; A.I. rules, e.g. Ü.S.",
            "netflix drops plan in us and uk ai rules eg u s",
        );
    }

    #[test]
    fn words_keep_numbers_whole() {
        check_words(
            "Apple fined €1.8bn, 15,000 jobs cut. iOS 18.1 out.",
            "apple fined 1.8 billion 15000 jobs cut ios 18.1 out",
        );
        check_words("1, 2, 3", "1 2 3");
        // A version's "v" goes; a model's stays.
        check_words(
            "Kubernetes v1.30, Linux V6.12, Vivo V30",
            "kubernetes 1.30 linux 6.12 vivo v30",
        );
        check_words("Pixel 8. 9 days later", "pixel 8 9 days later");
        check_words("Shares fall 17%, 100 %", "shares fall 17 percent 100");
        check_words(
            "Wiz for $32B, $1.5bn, €95M; Llama 405B, 8B",
            "wiz for 32 billion 1.5 billion 95 million llama 405b 8b",
        );
        check_words("fined 1.8bn, 5m away", "fined 1.8 billion 5m away");
        check_words(
            "8.5M machines, 2.5K screen",
            "8.5 million machines 2.5k screen",
        );
        check_words(
            "Bitcoin hits $100K, $1.5k fee",
            "bitcoin hits 100000 1500 fee",
        );
        check_words(
            "Polyfill.io hits Amazon.com. Not .NET, nor 3.com",
            "polyfill hits amazon not net nor 3",
        );
        check_words(
            "Attack hits 100K sites and 50K users, not 4K TVs, a 12K camera or a 285K",
            "attack hits 100000 sites and 50000 users not 4k tvs a 12k camera or a 285k",
        );
    }

    #[test]
    fn specs_keep_their_units() {
        check_words(
            "6,000 mAh battery, 50 MP camera, 120Hz and 1.5 GHz",
            "6000mah battery 50mp camera 120hz and 1.5ghz",
        );
        // Only a unit right after a number.
        check_words("16-GB, MP 3 and W", "16gb mp 3 and w");
        check_words("Pixel 9 mAh", "pixel 9mah");
        check_words("a 4.5-liter PC", "a 4.5liter pc");
        check_words("profit falls 10pc", "profit falls 10 percent");
    }

    #[test]
    fn canonical_urls_drop_tracking_and_case() {
        assert_eq!(
            canonical_url("HTTP://WWW.Example.com/a/b/?utm_source=x&id=3#top"),
            "https://example.com/a/b?id=3"
        );
        assert_eq!(
            canonical_url("https://example.com/story/"),
            "https://example.com/story"
        );
        assert_eq!(canonical_url("https://example.com"), "https://example.com/");
        assert_eq!(canonical_url("not a url"), "not a url");
    }

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate_chars("short", 10), "short");
        assert_eq!(truncate_chars("one two three four five", 12), "one two…");
    }

    proptest! {
        #[test]
        fn plain_text_never_panics_and_is_trimmed(text in "[<>/a-z &;#0-9\"=]{0,80}") {
            let plain = plain_text(&text);
            prop_assert!(!plain.starts_with(' ') && !plain.ends_with(' '));
        }

        #[test]
        fn words_are_idempotent(text in "\\PC{0,80}") {
            let once = words(&text).join(" ");
            prop_assert_eq!(words(&once).join(" "), once);
        }

        #[test]
        fn one_word_of_letters_splits_as_any_text(text in "[a-zA-Z]{0,12}") {
            prop_assert_eq!(words(&text), split_all_words(&text));
        }

        #[test]
        fn case_and_outer_whitespace_never_change_words(text in "[a-zA-Z0-9 ]{0,40}") {
            prop_assert_eq!(words(&format!("  {}\t", text.to_uppercase())), words(&text));
        }

        #[test]
        fn utm_parameters_never_change_a_url_key(path in "[a-z]{1,8}", value in "[a-z0-9]{1,8}") {
            let plain = format!("https://example.com/{path}");
            let tracked = format!("https://example.com/{path}?utm_source={value}&utm_medium=rss");
            prop_assert_eq!(canonical_url(&tracked), canonical_url(&plain));
        }

        #[test]
        fn canonical_url_is_idempotent(path in "[a-z/]{0,12}", query in "[a-z=&]{0,12}") {
            let once = canonical_url(&format!("https://Example.com/{path}?{query}"));
            prop_assert_eq!(canonical_url(&once), once.clone());
        }
    }
}
