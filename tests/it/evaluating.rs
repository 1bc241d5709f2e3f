//! `aggregate eval` on the hand-labelled hard cases in
//! `tests/fixtures/eval/hard-cases.tsv`: rewordings that must merge, and
//! sibling devices, different events and different regions that must not.

use std::process::Command;

use crate::support::fixture_dir;

fn eval(args: &[&str]) -> serde_json::Value {
    eval_file("hard-cases.tsv", args)
}

/// Runs `aggregate eval` on a file of `tests/fixtures/eval/` with `args`.
fn run_eval(file: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_aggregate"))
        .arg("eval")
        .arg(fixture_dir("eval").join(file))
        .args(args)
        .output()
        .expect("run aggregate eval")
}

fn eval_file(file: &str, args: &[&str]) -> serde_json::Value {
    let output = run_eval(file, &[&["--json"], args].concat());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

#[test]
fn hard_cases_have_no_wrong_merge_and_find_the_rewordings() {
    let scores = eval(&[]);
    assert_eq!(scores["stories"], 130);
    // A wrong merge hides news: not one is allowed on the hard cases.
    assert_eq!(scores["pair_precision"], 1.0, "{scores}");
    assert!(scores["b3_recall"].as_f64().unwrap() >= 0.95, "{scores}");
}

#[test]
fn hard_cases_stay_apart_when_time_is_ignored_too() {
    // Without the time window only features keep the rumour and the official
    // reveal apart, and the China and global launches.
    let scores = eval(&["--ignore-time"]);
    assert_eq!(scores["pair_precision"], 1.0, "{scores}");
}

#[test]
fn a_newsroom_week_has_no_wrong_merge() {
    // Ten days of hand-written headlines from 68 stories: the same companies
    // and devices in different stories on nearby days, paraphrases that share
    // few words, money and versions written several ways. A third have summaries.
    let titles = eval_file("newsroom.tsv", &["--titles-only"]);
    assert_eq!(titles["stories"], 168);
    assert_eq!(titles["pair_precision"], 1.0, "{titles}");
    assert!(titles["b3_recall"].as_f64().unwrap() >= 0.85, "{titles}");
    // Summaries find more rewordings, and no wrong merge.
    let summaries = eval_file("newsroom.tsv", &[]);
    assert_eq!(summaries["pair_precision"], 1.0, "{summaries}");
    assert!(
        summaries["b3_recall"].as_f64().unwrap() > titles["b3_recall"].as_f64().unwrap(),
        "{summaries} vs {titles}"
    );
}

#[test]
fn explain_names_the_rule_that_decided() {
    // Lines 135 and 136 of newsroom.tsv: one Tesla earnings story in two words.
    let output = run_eval("newsroom.tsv", &["--explain", "135,136"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains("A: Tesla quarterly profit beats estimates"),
        "{text}"
    );
    assert!(text.contains("B: Tesla shares soar"), "{text}");
    assert!(
        text.contains("shared tokens: beat, earnings, rise, stock, tesla"),
        "{text}"
    );
    // "Tesla" leads both headlines, so only the list of well-known companies
    // shows it is a name.
    assert!(text.contains("   names:   tesla"), "{text}");
    // What follows "after" is the cause, counted for less, and shown.
    assert!(text.contains("   after:   q3, earnings, beat"), "{text}");
    assert!(text.contains("verdict: merged"), "{text}");
    // Lines 81 and 94 of hard-cases.tsv: a date leak and a price leak share
    // only the device and that it leaked.
    let output = run_eval("hard-cases.tsv", &["--explain", "81,94"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("shared tokens: #s25, galaxy, leak"), "{text}");
    assert!(
        text.contains("kept apart because they share only which device it is"),
        "{text}"
    );
    assert!(text.contains("verdict: kept apart"), "{text}");
    let wrong = run_eval("newsroom.tsv", &["--explain", "2,9999"]);
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("no headline on line 9999"));
}

#[test]
fn hard_rewordings_never_merge_wrongly_and_recall_does_not_slip() {
    // Six stories told by three or four outlets in words that share little
    // ("WhatsApp is down" / "WhatsApp outage" / "Meta's WhatsApp suffers
    // global outage"), then one launch in noisy titles (all caps, emoji,
    // entities, "[Update]", typos, site suffixes) beside its sibling's launch:
    // the weakest spot for recall. No wrong merge, and recall no lower than
    // measured (0.83; 0.61 when this set was written).
    let scores = eval_file("rewordings.tsv", &[]);
    assert_eq!(scores["stories"], 31);
    assert_eq!(scores["pair_precision"], 1.0, "{scores}");
    assert!(scores["b3_recall"].as_f64().unwrap() >= 0.80, "{scores}");
}

#[test]
fn recent_events_keep_their_follow_ups_apart() {
    // 2,680 stories from 2022-2025 in 7,702 headlines, written in a hundred and seventy-seven parts,
    // each before the rules it then drove: an event date vs the launch vs
    // launch day, a firing vs a return vs an arrest, a delay vs a price,
    // reports vs a statement vs a fix, a Fold vs its slab sibling, two chips
    // announced the same hour, 10,000 layoffs vs 11,000, a launch vs the
    // market's verdict on it, a review vs the launch, an offer vs its
    // acceptance, a shutdown announced vs its last day, an outage vs the
    // service restored, a resignation told "a day after" another story, a
    // deal called off vs its agreement, sibling GPUs reviewed the same hour,
    // a phone's China launch vs its global one, two phones reviewed the same
    // hour, a streamer's price rise vs its password crackdown the same hour,
    // a regulator's approval vs the deal closed the same day, a model vs the
    // rival it claims to beat, eight companies' layoffs in seven weeks, a
    // GPU and its XT sibling reviewed the same hour, one fine told in euros,
    // pounds and dollars, pre-orders counted vs the launch, two scrubbed
    // launches vs the launch, a watch and its Ultra sibling the same hour, a
    // phone's launch vs its reviews the same minute, two chips of one maker
    // the same hour, three AI launches the same day, a buyout agreed vs
    // dropped the next day, a service banned vs back, headlines with site
    // suffixes, entities, "[Update]", emoji and all caps, three products of
    // one maker named alike the same hour (Steam Machine, Steam Frame), a
    // chip in three devices the same hour, AI models by version and size,
    // a rocket's debut vs its payload's failure the same day, names of
    // people and products side by side, an IPO's pricing vs its debut the
    // next morning, a phone and its Plus the same hour where only the Plus
    // names a model, a CEO stepping down vs her death, a price rise vs a
    // new name, deal talks vs the deal, a review out the minute of the
    // launch news, a laptop and a phone both "Ultra" the same hour, a rule
    // vs its repeal, layoffs vs game cancellations the same hour, a phone's
    // launch vs its preorder deals, comparisons and cases the same hour,
    // sibling phones of Chinese makers launched the same hour and their
    // China vs India vs global launches, a maker's refund vs the fault, a
    // handheld named by a letter vs its numbered sibling, phones named by
    // Roman numerals, a rule vs its fallout vs its reversal, one game's
    // launches on PC, PS5 and Xbox, one robotaxi service opened to all in
    // two cities, an outage vs the cause the carrier gives, two investments
    // of one company in another ($5 billion, then $5.8 billion), chips
    // failing tests vs passing them, two breaches counted apart (15,000 vs
    // 576,000 accounts), ten announcements of one keynote hour, probes
    // and landers failing vs fixed or landing, a rocket's failed debut vs
    // its second launch, three earbuds of one maker the same hour and a
    // feature announced vs authorised vs rolled out, cameras named by a
    // Roman numeral or "Mark II" the same hour as their siblings, and a
    // lawsuit filed vs lost a year later, automakers adopting one plug
    // weeks apart, each naming the others, and one company's breaches,
    // outage, settlement and CEO's exit apart, one retailer's cyberattack vs
    // its online orders paused vs resumed vs its cost, and a chip named
    // through the phone that owns it ("Pixel 10's Tensor G5"), games
    // coming to one console the same hour, executives retiring or leaving
    // one company for another weeks apart, and Chinese makers' phones
    // launched in China vs globally vs reviewed the minute of the global
    // launch, and numbered software releases (Linux 6.12 vs 6.13 and its
    // release candidate, Python 3.13 vs 3.14, Ubuntu vs Fedora the same
    // week), and one maker's launches a year apart with their foldable
    // siblings the same hour (Huawei's Mate 70 and Mate X6, Mate 80 and
    // Mate X7), console price rises by market and month, and quarterly
    // results told with a different number by each outlet vs the market's
    // verdict the morning after, Black Friday deals on sibling devices the
    // same hours, and security fixes (each month's Patch Tuesday, the year's
    // fourth vs sixth Chrome zero-day, a flaw vs its patch vs its
    // attribution), mid-range phones' China vs India launches and their
    // launch prices vs discounts, carmakers' reveals vs US prices vs
    // recalls, and gaming phones' Geekbench listings vs launch dates vs
    // launches vs reviews, and apps' features announced vs launched vs
    // their backlash vs the company's answer, and AI chips announced vs
    // generally available vs delayed, with a successor the same hour, and
    // owners' reports of scratches vs the maker's answer vs durability
    // tests vs teardowns, a software rollout vs its date vs its pause vs
    // its resumption, and phones' rumoured dates vs official dates vs
    // China vs global vs India launches, and a crew's launch vs the crew
    // it relieves splashing down, an AI model's launch vs its sibling's
    // price cut the same day, an outage vs its fix, and numbered games and
    // AI models of no known line (Qwen 3 vs Qwen 2.5-Max, Civilization 7's
    // review vs its launch, Hades 2 in early access vs 1.0), and wearables
    // and smart homes (a watch's launch vs its review vs a sibling
    // launched beside it, a subscription vs its backlash, a thermostat vs
    // its predecessors' end of support), and the pieces around a launch
    // event (how to watch it vs what to expect vs its live coverage vs its
    // preorders vs the day it goes on sale), and rumour roundups ("everything
    // we know so far") vs the same day's leaks, certifications and dates,
    // and AI companies' content deals with publishers months apart vs the
    // publishers' copyright suits vs rulings on them the same week, and
    // newsletters' digests of the day's news vs the news, and market
    // reports (IDC's smartphones vs its PCs the same day, IDC vs Canalys
    // two days apart), and a maker's word on each part of a phone before
    // its launch (the design, the display, the battery a day apart) vs the
    // date set vs the launch, and a feature's saga over fourteen months
    // (Windows Recall announced vs its backlash vs made opt-in vs delayed
    // twice vs previewed vs released vs blocked by apps; Siri's delay vs the
    // ad pulled vs the lawsuit vs the new Siri chief vs Gemini for Siri),
    // and Indian launches told in rupees (a launch date vs a price leaked
    // vs the launch vs the first sale vs a review vs a price cut, two
    // makers' launches the same day), and CES keynotes (the RTX 5090 vs
    // the RTX 5090 laptop GPU vs the RTX 5070 vs DLSS 4 vs Project Digits
    // the same hour), and Google I/O 2025's hour (Veo 3 vs Flow, the app
    // built on it, vs Imagen 4 vs Deep Think vs AI Ultra vs Android XR
    // glasses vs Beam), and WWDC 2025's hour (iOS 26 vs iPadOS 26 vs macOS
    // Tahoe, named or numbered, vs watchOS 26 vs visionOS 26 vs the Games
    // app vs the stock's fall), and Tesla's cars by model and variant
    // (Model 3 Performance vs Model Y Performance vs Model Y Standard vs
    // Model 3 Standard the same hour), and OpenAI's DevDay hour (AgentKit
    // vs the apps in ChatGPT vs Codex vs the API's new models), and system
    // updates reaching one device a week in the same words (One UI 6 on the
    // Galaxy S23 vs the Z Fold 5 vs the S21 FE vs the A34, a month's
    // security patch per device, owners' boot loops vs the update pulled),
    // and a founder's arrest vs his charge vs his word on it vs the policy
    // changes after, Wear OS 6 vs the design it shares the same hour, and
    // laws by state and country (right to repair in four states, app store
    // age checks in two, a ban passed vs widened vs in force), and
    // releases told by their numbers (Insider builds, KB updates, GPU
    // drivers and their hotfix, a beta channel's build, game patches), and
    // names alike the same days (Groq vs Grok, Gemini the exchange vs
    // Gemini the app, X vs Xbox, Pixelmator vs Pixel), and one phone's
    // life after its launch (sibling reviews the same minute, the sale, a
    // benchmark, a teardown, a durability test, its successor's leak), and
    // Chinese labs' models by version and variant (Kimi K2 vs K2 Thinking,
    // GLM-4.5 vs 4.6, Qwen3-Coder vs Qwen3-Max, Ernie 4.5 launched vs open-sourced);
    // the last seventy-four parts tell
    // most stories through two to ten outlets.
    // Part 143, WWDC 2024's two hours, brought the first wrong merges with
    // times, both of two features of one keynote told in the same words:
    // "iOS 18 adds RCS messaging support" vs "iOS 18 Adds Messages via
    // Satellite", "Apple announces new Passwords app for iPhone, iPad, Mac
    // and Windows" vs "Apple announces Apple Intelligence, its suite of AI
    // features for iPhone, Mac and iPad" (pair precision 0.9993). The
    // second is mended (the name launched after the maker's own is
    // "Intelligence"); the first stands.
    let scores = eval_file("recent.tsv", &[]);
    assert_eq!(scores["stories"], 7702);
    assert!(
        scores["pair_precision"].as_f64().unwrap() >= 0.999,
        "{scores}"
    );
    assert!(scores["b3_recall"].as_f64().unwrap() >= 0.90, "{scores}");
    // Without times only features keep apart what weeks keep apart: two
    // Google antitrust verdicts a year apart, a shutdown announced and its
    // last day, an announcement of ads and the day they start meet, but
    // little else does; the tenth part adds follow-ups months apart told in
    // the same words (a regulator's block reported and the deal dropped, two
    // GPUs' announcement and review, Teams unbundled in the EU and then
    // worldwide, a CEO named and the same CEO quitting two years on); the
    // twenty-third part adds lookalikes a year or more apart (two Razr
    // Plus launches, three Starship flights, Max launched vs renamed back),
    // the twenty-fourth yearly repeats (Spotify Wrapped, price rises,
    // Tesla's falling deliveries), the twenty-fifth two funding rounds of
    // one size seven months apart, the fortieth games' announcements,
    // release dates, launches and sales months apart in the same words
    // ("Forza Horizon 5 is coming to PS5", "Forza Horizon 5 PS5 release
    // date set"). With it the mean precision fell to 0.900 (0.903 before it), so
    // the floor is 0.89: a guard against regressions, not a target.
    // The fifty-second part, apps' features told in words that share little
    // ("WhatsApp will start showing ads in its Updates tab", "Meta brings
    // ads to WhatsApp, ending its ad-free era"), brought the mean recall
    // to 0.800, and with the fifty-sixth 0.799; with the fifty-eighth it is
    // 0.806, and the floor is 0.80 again.
    // The sixty-fifth part tells one feature's news over fourteen months in
    // the same words (Recall announced, made opt-in, delayed, delayed
    // again, previewed, released; the Siri lawsuit filed vs the Siri
    // privacy suit settled): it scores 0.815 / 0.722 alone without times,
    // and brought the means from 0.891 / 0.801 to 0.887 / 0.797, so the
    // floors are 0.88 and 0.79.
    // The seventy-fourth part tells laws passed, widened and in force
    // months apart in the same words ("Australia passes social media ban
    // for under-16s", "Australia adds YouTube to social media ban for
    // under-16s", "Australia's social media ban for under-16s comes into
    // force"): with it the means are 0.882 / 0.794 (0.885 / 0.797 before),
    // so the floors were 0.875 and 0.785. Rules for layoffs, bans, deals'
    // parties, marks reached, price moves and plans put off vs scrapped
    // (parts 79-85) brought the means to 0.887 / 0.802 with those parts,
    // and 0.884 / 0.798 with part 86 too, so the floors are 0.88 and 0.79
    // again. Parts 109, 111 and 112 tell quantum stocks falling on a
    // chief's words vs his company's own fall, one airline's IT outages
    // three months apart, two $140 million fines, and a licence dropped
    // vs restored a year on, each in the same words: with them the means
    // are 0.882 / 0.802 (0.886 / 0.806 after part 110), so the precision
    // floor is 0.875 again.
    // Without times the stories come in a shuffled order, and which story
    // a cluster meets first sways a few decisions (one order scores 0.89 to
    // 0.91), so the floors hold for the mean of five orders.
    let seeds = ["1", "2", "3", "4", "5"];
    let (mut precision, mut recall) = (0.0, 0.0);
    for seed in seeds {
        let scores = eval_file("recent.tsv", &["--ignore-time", "--seed", seed]);
        precision += scores["b3_precision"].as_f64().unwrap() / seeds.len() as f64;
        recall += scores["b3_recall"].as_f64().unwrap() / seeds.len() as f64;
    }
    assert!(precision >= 0.875, "mean precision {precision}");
    assert!(recall >= 0.79, "mean recall {recall}");
}
