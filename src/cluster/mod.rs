//! Groups stories about the same news into clusters.
//!
//! `cluster` is a pure function: no I/O, no clock, no randomness. Its input is
//! the stories of the current window, some already placed in clusters by
//! earlier runs; its output keeps those placements and places the rest.
//!
//! How a story is placed (see ARCHITECTURE.md for the reasoning):
//! 1. Headlines become features (`features.rs`): stemmed tokens with device
//!    models kept whole, the models themselves, event kinds and regions.
//! 2. Each token is weighted by its rarity in the window (IDF), so "xiaomi"
//!    counts for less than "#14 pro" or "hyperos".
//! 3. Stories are taken oldest first. Candidate clusters come from an inverted
//!    index from token to cluster, never from comparing all pairs.
//! 4. A candidate is refused outright (a veto) when it already has a story from
//!    the same feed, names a different model or a sibling model, reports a
//!    conflicting kind of event (leak vs launch, review vs teardown), names a
//!    different region, or lies outside the time window.
//! 5. Otherwise the score is the cosine between the story and the cluster's
//!    centroid (the sum of its members' unit vectors). Comparing with the
//!    whole cluster rather than its nearest member means A-B-C cannot chain
//!    into one story when A and C disagree.
//! 6. The story joins the best cluster scoring at least `Params::threshold`,
//!    or founds a new cluster whose id derives from the story's key.

pub mod features;

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};

use crate::model::{Cluster, ClusterId, SourceId, Story};
use crate::normalize;
use features::{Features, Model};

/// The knobs of the clusterer.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// The least score at which a story joins a cluster, from 0 to 1.
    pub threshold: f32,
    /// The longest time between a story and a cluster's nearest story for them
    /// to be one story. `None` ignores time (for evaluation on undated data).
    pub window: Option<Duration>,
    /// How much more a headline's subject (its first device model) counts
    /// than an ordinary word of equal rarity.
    pub model_boost: f32,
    /// The fewest tokens a story must share with a cluster to join it.
    pub min_shared: usize,
    /// A story sharing fewer tokens than this with a cluster needs
    /// `few_shared_threshold` rather than `threshold` to join it: two short
    /// headlines that share a name and one rare word ("Samsung", "stolen")
    /// score high without being one story.
    pub confident_shared: usize,
    /// The least score for a story that shares fewer than `confident_shared` tokens.
    pub few_shared_threshold: f32,
    /// The least score for a story that shares nothing with a cluster but
    /// which device it is about (models, product lines, brands): "Galaxy S25
    /// review" and "Galaxy S25 is here" are different stories, and as a
    /// cluster grows its centroid leans on the device's name.
    pub device_only_threshold: f32,
    /// How many recent clusters per token the candidate search looks at.
    pub max_postings: usize,
    /// How many candidate clusters are scored exactly per story.
    pub max_candidates: usize,
    /// The score at which a story may join a cluster without sharing a name,
    /// model or number with it (near-identical headlines).
    pub certain: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            threshold: 0.3,
            window: Some(Duration::hours(36)),
            model_boost: 1.5,
            min_shared: 2,
            confident_shared: 3,
            few_shared_threshold: 0.5,
            device_only_threshold: 0.6,
            max_postings: 256,
            max_candidates: 8,
            certain: 0.8,
        }
    }
}

/// Groups `stories` into clusters.
///
/// Stories that carry a cluster id keep it. Every story lands in exactly one
/// cluster; the result does not depend on the order of `stories`. Members are
/// listed oldest first, so the first member is the primary source.
pub fn cluster(stories: &[Story], params: &Params) -> Vec<Cluster> {
    let prepared = prepare(stories, params);
    let mut order: Vec<usize> = (0..stories.len()).collect();
    order.sort_by_key(|&index| (stories[index].time(), stories[index].id));

    let mut state = State::new(prepared.vocabulary.len());
    // Clusters from earlier runs are rebuilt first, so a new story can join
    // one even when it is older than the cluster's stories.
    let mut existing: HashMap<&ClusterId, usize> = HashMap::new();
    for &index in order
        .iter()
        .filter(|&&index| stories[index].cluster.is_some())
    {
        let id = stories[index].cluster.as_ref().expect("filtered above");
        let group = match existing.get(id) {
            Some(&group) => group,
            None => {
                let group = state.found(id.clone());
                existing.insert(id, group);
                group
            }
        };
        state.join(group, index, stories, &prepared);
    }
    for &index in order
        .iter()
        .filter(|&&index| stories[index].cluster.is_none())
    {
        let group = match state.best_group(index, 0, stories, &prepared, params) {
            Some(group) => group,
            None => state.found(ClusterId::founded_by(&stories[index].key)),
        };
        state.join(group, index, stories, &prepared);
    }
    // A story that founded a cluster nobody joined may have come before the
    // coverage it belongs to took shape ("Windows PCs are crashing with a
    // blue screen" an hour before outlets named CrowdStrike): it gets a
    // second chance against the clusters as they stand at the end. Only
    // clusters founded in this run, which no reader has seen yet, move, and
    // only into coverage (two stories or more): two lone stories that did
    // not meet when the second was placed stay apart.
    let founded_here = existing.len();
    for group_index in founded_here..state.groups.len() {
        let [index] = state.groups[group_index].members[..] else {
            continue;
        };
        // Clusters that have not changed since the story was placed would
        // decide as they did then.
        let since = state.slots[group_index].changed;
        if let Some(better) = state.best_group(index, since, stories, &prepared, params)
            && better != group_index
            && state.groups[better].members.len() >= 2
        {
            state.dissolve(group_index);
            state.join(better, index, stories, &prepared);
        }
    }
    // Two clusters of one story may have formed side by side, each from
    // headlines the other's first ones did not yet match ("OpenAI launches
    // two 'open' AI reasoning models" vs "OpenAI releases its first
    // open-weight models since GPT-2"). A cluster founded in this run, of two
    // stories or more, joins an older one of two or more when the two agree
    // both ways (below); as with the second chance, only clusters no reader
    // has seen move.
    for group_index in founded_here..state.groups.len() {
        let group = &state.groups[group_index];
        if group.dissolved || group.members.len() < 2 {
            continue;
        }
        let members = group.members.clone();
        let Some(target) = state.best_group(members[0], 0, stories, &prepared, params) else {
            continue;
        };
        // Only into an older cluster, as a story joins the coverage before
        // it: the checks that look at time ("second cyberattack" hours
        // after the first) read the later story against the earlier.
        if target >= group_index || state.groups[target].members.len() < 2 {
            continue;
        }
        let would_join = |index: usize, group: &Group| {
            decide(index, group, stories, &prepared, params).joins(params)
        };
        // Every member would join the older cluster, and the older
        // cluster's first story would join this one: the two agree both ways.
        let older = &state.groups[target];
        let agree = members[1..].iter().all(|&index| would_join(index, older))
            && would_join(older.members[0], &state.groups[group_index]);
        if agree {
            state.dissolve(group_index);
            for index in members {
                state.join(target, index, stories, &prepared);
            }
        }
    }

    state
        .groups
        .into_iter()
        .filter(|group| !group.dissolved)
        .map(|group| {
            let mut members = group.members;
            members.sort_by_key(|&index| (stories[index].time(), stories[index].id));
            Cluster {
                id: group.id,
                members,
            }
        })
        .collect()
}

/// Two token ids of names side by side, or of a deal's parties (`true`).
type Partners = (u32, u32, bool);

/// The features and weighted token vector of every story in a window.
struct Prepared {
    features: Vec<Features>,
    /// Per story: (token id, unit weight), sorted by token id.
    vectors: Vec<Vec<(u32, f32)>>,
    /// Per story: its summary's lead as a unit vector (empty without one),
    /// in the summaries' own vocabulary.
    summary_vectors: Vec<Vec<(u32, f32)>>,
    urls: Vec<Option<String>>,
    /// Token id to token.
    vocabulary: Vec<String>,
    /// Token id to its letter counts, for typo tolerance (`fuzzy_bonus`).
    letters: Vec<Option<Letters>>,
    /// Summary token id to token.
    summary_vocabulary: Vec<String>,
    /// Token id to whether it names something (a name, model or number).
    specific: Vec<bool>,
    /// Token id to whether it is specific and tells whose news it is: a
    /// month or a year does not (`features::is_time_token`).
    named: Vec<bool>,
    /// Per story: the token ids of its headline's setting, not its own
    /// news (`Features::background`, and a family's members it adds), sorted.
    setting: Vec<Vec<u32>>,
    /// Token id to whether it says no news of its own: a model, a product
    /// line or brand ("galaxy", "samsung", or "fenix" and "garmin" where a
    /// headline writes "Garmin Fenix 7 Pro"), or that something leaked.
    identity: Vec<bool>,
    /// Per story: its `Features::partners` (and, marked, its
    /// `Features::deal_partners`) whose two tokens the window
    /// counts as names, as token ids.
    partners: Vec<Vec<Partners>>,
    /// Per story: its `Features::launched` as a token id, where the window
    /// counts it as a name or a sentence-case headline capitalises it.
    launched: Vec<Option<u32>>,
}

/// A headline about a family ("Xiaomi 15 series goes official", "Galaxy
/// Tab S10 tablets swap Snapdragon") names each of its members the window
/// writes ("#15 pro", "#s10 ultra") as well as the family, so it meets the
/// members' coverage ("Xiaomi 15 Pro launched") as the model checks allow.
/// The members are the second vector returned, per story, and weigh as
/// background: the family is what the headline names.
fn with_family_members(
    mut token_ids: Vec<Vec<u32>>,
    features: &[Features],
    names: &[String],
) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
    let mut added = vec![Vec::new(); token_ids.len()];
    fn family_subject(features: &Features) -> Option<&Model> {
        features.subject().filter(|model| model.family)
    }
    if !features
        .iter()
        .any(|features| family_subject(features).is_some())
    {
        return (token_ids, added);
    }
    let mut members: HashMap<&str, Vec<u32>> = HashMap::new();
    for (id, name) in names.iter().enumerate() {
        if let Some((base, _)) = name.strip_prefix('#').and_then(|core| core.split_once(' ')) {
            members.entry(base).or_default().push(id as u32);
        }
    }
    for ((ids, features), added) in token_ids.iter_mut().zip(features).zip(&mut added) {
        let Some(family) = family_subject(features) else {
            continue;
        };
        for &member in members.get(family.core.as_str()).into_iter().flatten() {
            if !ids.contains(&member) {
                ids.push(member);
                added.push(member);
            }
        }
    }
    (token_ids, added)
}

/// Maps every story on all cores: extracting features is a third of the
/// clustering time and each story's are its own. The order is kept.
fn map_stories<T: Send>(stories: &[Story], map: impl Fn(&Story) -> T + Sync) -> Vec<T> {
    // Below this a thread costs more than it saves.
    const MIN_PER_THREAD: usize = 4096;
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(stories.len() / MIN_PER_THREAD)
        .max(1);
    if threads == 1 {
        return stories.iter().map(map).collect();
    }
    let map = &map;
    std::thread::scope(|scope| {
        let parts: Vec<_> = stories
            .chunks(stories.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(map).collect::<Vec<T>>()))
            .collect();
        let mut all = Vec::with_capacity(stories.len());
        for part in parts {
            all.extend(
                part.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        all
    })
}

/// The tokens of a story's summary, and what its capitals say of them.
struct Lead {
    tokens: Vec<String>,
    capitalized: Vec<Option<bool>>,
    case_weight: u8,
}

fn prepare(stories: &[Story], params: &Params) -> Prepared {
    let features: Vec<Features> = map_stories(stories, |story| {
        features::extract(&story.title, &story.feed)
    });
    let Vocabulary {
        names,
        token_ids,
        document_frequency,
    } = Vocabulary::new(features.iter().map(|features| features.tokens.as_slice()));
    let is_model: Vec<bool> = names.iter().map(|token| token.starts_with('#')).collect();
    let (token_ids, members_named) = with_family_members(token_ids, &features, &names);
    // Only what the summaries' words and capitals say is kept, not whole
    // `Features`: most windows of some feeds have no summaries at all.
    let summaries: Vec<Lead> = map_stories(stories, |story| {
        let features = story
            .summary
            .as_deref()
            .map(|summary| features::summary_features(summary, &story.title))
            .unwrap_or_default();
        Lead {
            tokens: features.tokens,
            capitalized: features.capitalized,
            case_weight: features.case_weight,
        }
    });
    // A token is specific (a name, a model or a number) when headlines and
    // summaries capitalise it more often than not, each text's vote weighed by
    // how much its capitals say: fully in sentence case, not at all in title
    // case (see `name_vote`).
    let mut name_votes = vec![0i64; names.len()];
    // A word that starts two headlines or more and is never written in
    // lowercase where case tells is a name too: "Caesars paid a $15
    // million ransom", "Caesars Entertainment Paid Millions to Hackers".
    let mut starts = vec![0u32; names.len()];
    let mut lowercase = vec![false; names.len()];
    for (features, ids) in features.iter().zip(&token_ids) {
        let weight = i64::from(features.case_weight);
        for (id, capitalized) in ids.iter().zip(&features.capitalized) {
            name_votes[*id as usize] += name_vote(*capitalized, weight);
            match capitalized {
                None => starts[*id as usize] += 1,
                Some(false) if weight > 0 => lowercase[*id as usize] = true,
                _ => {}
            }
        }
    }
    // Summaries vote on the headlines' tokens too; most windows of some
    // feeds have none, and then there is no lookup table to build.
    let has_summaries = summaries.iter().any(|summary| !summary.tokens.is_empty());
    let ids: HashMap<&str, usize> = if has_summaries {
        names
            .iter()
            .enumerate()
            .map(|(id, name)| (name.as_str(), id))
            .collect()
    } else {
        HashMap::new()
    };
    for summary in &summaries {
        let weight = i64::from(summary.case_weight);
        for (token, capitalized) in summary.tokens.iter().zip(&summary.capitalized) {
            if let Some(&id) = ids.get(token.as_str()) {
                name_votes[id] += name_vote(*capitalized, weight);
            }
        }
    }
    let mut specific: Vec<bool> = names
        .iter()
        .enumerate()
        .map(|(id, name)| {
            is_model[id]
                || is_telling_number(name)
                || (name_votes[id] > 0 && !features::is_common_acronym(name))
                || (name_votes[id] == 0
                    && starts[id] >= 2
                    && !lowercase[id]
                    && name.bytes().all(|b| b.is_ascii_lowercase()))
        })
        .collect();
    // Well-known companies are names however their headlines are written:
    // "Tesla shares..." and "WhatsApp is down" start their headlines in every
    // window where they are news.
    for (features, ids) in features.iter().zip(&token_ids) {
        for id in ids_among(features, ids, &features.known_names) {
            specific[id as usize] = true;
        }
    }
    // The boost goes to a headline's subject, its first model: "A18" in
    // "iPhone 16e with A18 chip" is a part, not what the news is about.
    let subjects: Vec<Option<u32>> = token_ids
        .iter()
        .zip(&features)
        .map(|(ids, features)| {
            // The first model token is the subject's (`Features::subject`).
            ids.iter()
                .copied()
                .find(|&id| is_model[id as usize])
                .filter(|_| features.subject().is_some())
        })
        .collect();
    // Words of a trailing clause ("after Grok's antisemitic posts") say why
    // or when, not what happened.
    let background: Vec<Vec<u32>> = features
        .iter()
        .zip(&token_ids)
        .map(|(features, ids)| ids_among(features, ids, &features.background).collect())
        .collect();
    let setting: Vec<Vec<u32>> = background
        .iter()
        .zip(&members_named)
        .map(|(background, named)| {
            let mut ids: Vec<u32> = background.iter().chain(named).copied().collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let boost = |document: usize, id: u32| {
        let lone = if document_frequency[id as usize] == 1 && !specific[id as usize] {
            LONE_WORD_WEIGHT
        } else {
            1.0
        };
        let model = if subjects[document] == Some(id) {
            params.model_boost
        } else {
            1.0
        };
        let weight = if setting[document].binary_search(&id).is_ok() {
            BACKGROUND_WEIGHT
        } else {
            1.0
        };
        lone * model * weight
    };
    let partners = features
        .iter()
        .zip(&token_ids)
        .map(|(features, ids)| {
            // The partner is a name where the window says so, or where a
            // headline in sentence case writes it with a capital: "Frame" in
            // "Valve Steam Frame is a standalone VR headset", though other
            // headlines write "frame" as a word.
            let id_of = |token: &String, capital_enough: bool| {
                let at = features.tokens.iter().position(|other| other == token)?;
                let capital = capital_enough
                    && features.case_weight >= SENTENCE_CASE
                    && features.capitalized[at] == Some(true);
                // "Blackwell AI chips" and "Blackwell GPUs" are one chip.
                let acronym = features::is_common_acronym(token.trim_end_matches('s'));
                Some(ids[at]).filter(|&id| (specific[id as usize] || capital) && !acronym)
            };
            let names = features.partners.iter().map(|pair| (pair, false));
            let deals = features.deal_partners.iter().map(|pair| (pair, true));
            let mut pairs: Vec<Partners> = Vec::new();
            for ((first, second), deal) in names.chain(deals) {
                if let (Some(first), Some(second)) = (id_of(first, false), id_of(second, true))
                    && !pairs.contains(&(first, second, deal))
                {
                    pairs.push((first, second, deal));
                }
            }
            pairs
        })
        .collect();
    let launched = features
        .iter()
        .zip(&token_ids)
        .map(|(features, ids)| {
            let token = features.launched.as_ref()?;
            let at = features.tokens.iter().position(|other| other == token)?;
            let id = ids[at];
            let capital =
                features.case_weight >= SENTENCE_CASE && features.capitalized[at] == Some(true);
            let acronym = features::is_common_acronym(token.trim_end_matches('s'));
            Some(id).filter(|&id| (specific[id as usize] || capital) && !acronym)
        })
        .collect();
    let mut identity: Vec<bool> = names
        .iter()
        .enumerate()
        .map(|(id, name)| {
            is_model[id] || features::is_line_token(name) || features::is_leak_token(name)
        })
        .collect();
    // Names of product lines no table knows ("Fenix" in "Garmin Fenix 7 Pro").
    for (features, ids) in features.iter().zip(&token_ids) {
        for id in ids_among(features, ids, &features.line_names) {
            identity[id as usize] = true;
        }
    }
    let vectors = unit_vectors(token_ids, &document_frequency, stories.len(), boost);

    // Summaries: the lead of each, weighed over the window's summaries alone.
    let summary_tokens: Vec<Vec<String>> = summaries
        .into_iter()
        .map(|summary| summary.tokens)
        .collect();
    let with_summary = summary_tokens
        .iter()
        .filter(|tokens| !tokens.is_empty())
        .count();
    let summaries = Vocabulary::new(summary_tokens.iter().map(Vec::as_slice));
    let summary_vectors = unit_vectors(
        summaries.token_ids,
        &summaries.document_frequency,
        with_summary,
        |_, _| 1.0,
    );
    let urls = stories
        .iter()
        .map(|story| story.url.as_deref().map(normalize::canonical_url))
        .collect();
    let named = specific
        .iter()
        .zip(&names)
        .map(|(&specific, name)| specific && !features::is_time_token(name))
        .collect();
    Prepared {
        features,
        vectors,
        summary_vectors,
        urls,
        letters: names.iter().map(|name| Letters::of(name)).collect(),
        vocabulary: names,
        summary_vocabulary: summaries.names,
        named,
        specific,
        setting,
        identity,
        partners,
        launched,
    }
}

/// The ids (`ids`, in the order of `features.tokens`) of the headline's
/// tokens that are among `chosen`.
fn ids_among<'a>(
    features: &'a Features,
    ids: &'a [u32],
    chosen: &'a [String],
) -> impl Iterator<Item = u32> + 'a {
    features
        .tokens
        .iter()
        .zip(ids)
        .filter(|(token, _)| chosen.contains(token))
        .map(|(_, id)| *id)
}

/// The `Features::case_weight` from which a headline's capitals are its
/// own evidence of a name: mostly sentence case.
const SENTENCE_CASE: u8 = 50;

/// How much a word counts that no other headline of the window uses, against
/// its rarity weight. Such a word can never be shared, so at full weight an
/// outlet's own colour ("the AI model it hopes will take down GPT-4") only
/// drags its headline away from the others' of the same news; yet it still
/// says the headline is about more than what it shares, so it counts for half.
const LONE_WORD_WEIGHT: f32 = 0.5;

/// How much a word counts that a headline uses only in a trailing clause of
/// cause or setting (`Features::background`): "Yaccarino quits as X chief a
/// day after Grok antisemitic posts" is news of X's chief, not of Grok.
const BACKGROUND_WEIGHT: f32 = 0.5;

/// Tokens numbered in sorted order, with their document frequencies.
struct Vocabulary {
    /// Token id to token.
    names: Vec<String>,
    /// Per document: its tokens' ids, in the document's order.
    token_ids: Vec<Vec<u32>>,
    /// Token id to the number of documents that have it.
    document_frequency: Vec<u32>,
}

impl Vocabulary {
    fn new<'a>(documents: impl Iterator<Item = &'a [String]>) -> Vocabulary {
        let mut vocabulary: HashMap<&str, u32> = HashMap::new();
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut token_ids: Vec<Vec<u32>> = documents
            .map(|tokens| {
                tokens
                    .iter()
                    .map(|token| {
                        let next = vocabulary.len() as u32;
                        let id = *vocabulary.entry(token.as_str()).or_insert(next);
                        if id == next {
                            document_frequency.push(0);
                        }
                        document_frequency[id as usize] += 1;
                        id
                    })
                    .collect()
            })
            .collect();
        // Token ids are then renumbered in the tokens' sorted order, so sums over
        // a vector add in the same order and ties break the same way whatever the
        // order stories come in: the result cannot depend on input order.
        let mut names: Vec<&str> = vec![""; vocabulary.len()];
        for (&token, &id) in &vocabulary {
            names[id as usize] = token;
        }
        let mut sorted: Vec<u32> = (0..names.len() as u32).collect();
        sorted.sort_unstable_by_key(|&id| names[id as usize]);
        let mut rank = vec![0u32; names.len()];
        for (position, &id) in sorted.iter().enumerate() {
            rank[id as usize] = position as u32;
        }
        token_ids
            .iter_mut()
            .flatten()
            .for_each(|id| *id = rank[*id as usize]);
        Vocabulary {
            document_frequency: sorted
                .iter()
                .map(|&id| document_frequency[id as usize])
                .collect(),
            names: sorted
                .iter()
                .map(|&id| names[id as usize].to_owned())
                .collect(),
            token_ids,
        }
    }
}

/// Each document as a unit vector of IDF weights (`ln(1 + n/df)`, times
/// `boost`), sorted by token id.
fn unit_vectors(
    token_ids: Vec<Vec<u32>>,
    document_frequency: &[u32],
    documents: usize,
    boost: impl Fn(usize, u32) -> f32,
) -> Vec<Vec<(u32, f32)>> {
    let n = documents as f32;
    token_ids
        .into_iter()
        .enumerate()
        .map(|(document, ids)| {
            let mut vector: Vec<(u32, f32)> = ids
                .into_iter()
                .map(|id| {
                    let idf = (1.0 + n / document_frequency[id as usize] as f32).ln();
                    (id, idf * boost(document, id))
                })
                .collect();
            let norm = vector
                .iter()
                .map(|(_, weight)| weight * weight)
                .sum::<f32>()
                .sqrt();
            if norm > 0.0 {
                vector.iter_mut().for_each(|(_, weight)| *weight /= norm);
            }
            vector.sort_by_key(|(id, _)| *id);
            vector
        })
        .collect()
}

/// One use's vote on whether a token is a name, in a text whose capitals
/// say `weight` (`Features::case_weight`): for when capitalised, against when
/// not, and none at the start of a sentence, where names and ordinary words
/// alike are capitalised: a word must also turn up capitalised mid-sentence
/// to count as a name, but "Unity apologizes" says nothing against "Unity".
fn name_vote(capitalized: Option<bool>, weight: i64) -> i64 {
    match capitalized {
        Some(true) => weight,
        Some(false) => -weight,
        None => 0,
    }
}

/// Whether a token with digits names something: "549", "1.8", "15000" or
/// "5g" do, but a bare year or a number under 100 ("16 million", "top 10")
/// turns up in too many unrelated headlines.
fn is_telling_number(token: &str) -> bool {
    if !token.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if !token.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let year = token.len() == 4 && (token.starts_with("19") || token.starts_with("20"));
    token.len() > 2 && !year
}

/// A cluster while it is being built.
struct Group {
    id: ClusterId,
    members: Vec<usize>,
    /// The sum of the members' unit vectors.
    centroid: HashMap<u32, f32, TokenHasher>,
    /// The squared length of `centroid`.
    centroid_norm2: f32,
    /// The sum of the members' summary vectors, and its squared length.
    summary_centroid: HashMap<u32, f32, TokenHasher>,
    summary_norm2: f32,
    /// The feeds of its members, sorted.
    sources: Vec<SourceId>,
    models: Vec<Model>,
    /// The first model its founding story names.
    subject: Option<Model>,
    events: features::Events,
    /// Regions named by members whose headlines do not hedge.
    regions: u32,
    /// The kinds of device its members name.
    devices: Vec<&'static str>,
    /// The companies its members name.
    companies: Vec<&'static str>,
    /// The US states and cities its members' news happens in.
    places: Vec<&'static str>,
    /// The first company its founding story names.
    subject_company: Option<&'static str>,
    /// The counts and sums its members name.
    amounts: Vec<features::Amount>,
    /// The days its members name.
    dates: Vec<(u8, u8)>,
    /// The years and quarters its members name.
    periods: Vec<features::Period>,
    /// The parts of a device its members report on (`Features::aspects`).
    aspects: u8,
    /// Whether a member numbers its attack second or later
    /// (`Features::repeated`).
    repeated: bool,
    /// The name partners its members write (`Prepared::partners`).
    partners: Vec<Partners>,
    /// The tokens of its centroid that every member writing them tells only
    /// as its setting (`Prepared::setting`): few, as most headlines have
    /// none.
    setting_only: Vec<u32>,
    /// The names its members launch (`Prepared::launched`).
    launched: Vec<u32>,
    /// The lines its members name without a model (`Features::bare_lines`).
    bare_lines: Vec<&'static str>,
    first: DateTime<Utc>,
    last: DateTime<Utc>,
    /// Its only story moved to another cluster; nothing may join it.
    dissolved: bool,
}

struct State {
    groups: Vec<Group>,
    /// Token id to the clusters that contain it, oldest first.
    postings: Vec<Vec<u32>>,
    by_url: HashMap<String, usize>,
    /// Per cluster, what the candidate search reads for every posting, apart
    /// from `groups` and side by side, so that a posting costs one read.
    slots: Vec<Slot>,
    /// The candidate clusters of the story being placed, reused between stories.
    touched: Vec<usize>,
    /// The candidates as `rank_key`s, for ranking, reused between stories.
    ranked: Vec<u64>,
    /// Which story's candidate search this is, to tell a slot's stale overlap.
    round: u32,
    /// How many joins so far.
    joins: u64,
}

/// What the candidate search keeps of a cluster.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// The count of joins when a story last joined the cluster.
    changed: u64,
    /// The round in which `overlap` was last reset.
    stamp: u32,
    /// The weight the story being placed shares with the cluster.
    overlap: f32,
}

impl State {
    fn new(vocabulary_len: usize) -> State {
        State {
            groups: Vec::new(),
            postings: vec![Vec::new(); vocabulary_len],
            by_url: HashMap::new(),
            slots: Vec::new(),
            touched: Vec::new(),
            ranked: Vec::new(),
            round: 0,
            joins: 0,
        }
    }

    fn found(&mut self, id: ClusterId) -> usize {
        self.groups.push(Group {
            id,
            members: Vec::new(),
            centroid: HashMap::default(),
            centroid_norm2: 0.0,
            summary_centroid: HashMap::default(),
            summary_norm2: 0.0,
            sources: Vec::new(),
            models: Vec::new(),
            subject: None,
            events: 0,
            regions: 0,
            devices: Vec::new(),
            places: Vec::new(),
            companies: Vec::new(),
            subject_company: None,
            amounts: Vec::new(),
            dates: Vec::new(),
            periods: Vec::new(),
            aspects: 0,
            repeated: false,
            partners: Vec::new(),
            setting_only: Vec::new(),
            launched: Vec::new(),
            bare_lines: Vec::new(),
            first: DateTime::<Utc>::MAX_UTC,
            last: DateTime::<Utc>::MIN_UTC,
            dissolved: false,
        });
        self.slots.push(Slot::default());
        self.groups.len() - 1
    }

    fn join(&mut self, group_index: usize, index: usize, stories: &[Story], prepared: &Prepared) {
        let story = &stories[index];
        let features = &prepared.features[index];
        let group = &mut self.groups[group_index];
        if group.members.is_empty() {
            group.subject = features.subject().cloned();
            group.subject_company = features.companies.first().copied();
        }
        group.members.push(index);
        self.joins += 1;
        self.slots[group_index].changed = self.joins;
        let setting = &prepared.setting[index];
        for &(token, weight) in &prepared.vectors[index] {
            let as_setting = setting.binary_search(&token).is_ok();
            if !group.centroid.contains_key(&token) {
                self.postings[token as usize].push(group_index as u32);
                if as_setting {
                    group.setting_only.push(token);
                }
            } else if !as_setting {
                group.setting_only.retain(|&only| only != token);
            }
            let value = group.centroid.entry(token).or_insert(0.0);
            group.centroid_norm2 += 2.0 * *value * weight + weight * weight;
            *value += weight;
        }
        for &(token, weight) in &prepared.summary_vectors[index] {
            let value = group.summary_centroid.entry(token).or_insert(0.0);
            group.summary_norm2 += 2.0 * *value * weight + weight * weight;
            *value += weight;
        }
        if let Err(at) = group.sources.binary_search(&story.source) {
            group.sources.insert(at, story.source);
        }
        for model in &features.models {
            if !group.models.contains(model) {
                group.models.push(model.clone());
            }
        }
        group.events |= features.events;
        group.aspects |= features.aspects;
        group.repeated |= features.repeated;
        for (names, found) in [
            (&mut group.devices, &features.devices),
            (&mut group.companies, &features.companies),
            (&mut group.places, &features.places),
            (&mut group.bare_lines, &features.bare_lines),
        ] {
            for name in found {
                if !names.contains(name) {
                    names.push(name);
                }
            }
        }
        for amount in &features.amounts {
            if !group.amounts.contains(amount) {
                group.amounts.push(*amount);
            }
        }
        for date in &features.dates {
            if !group.dates.contains(date) {
                group.dates.push(*date);
            }
        }
        for period in &features.periods {
            if !group.periods.contains(period) {
                group.periods.push(*period);
            }
        }
        if let Some(name) = prepared.launched[index]
            && !group.launched.contains(&name)
        {
            group.launched.push(name);
        }
        for pair in &prepared.partners[index] {
            if !group.partners.contains(pair) {
                group.partners.push(*pair);
            }
        }
        if !features.hedged {
            group.regions |= features.regions;
        }
        group.first = group.first.min(story.time());
        group.last = group.last.max(story.time());
        if let Some(url) = &prepared.urls[index] {
            let slot = self.by_url.entry(url.clone()).or_insert(group_index);
            if self.groups[*slot].dissolved {
                *slot = group_index;
            }
        }
    }

    /// Empties a cluster whose stories are moving elsewhere.
    fn dissolve(&mut self, group_index: usize) {
        let group = &mut self.groups[group_index];
        group.dissolved = true;
        group.members.clear();
        // The candidate search skips clusters that have not changed since
        // join number 0: this one is never scored again.
        self.slots[group_index].changed = 0;
    }

    /// The cluster a new story should join, if any, among those that changed
    /// after join number `since` (0 for all).
    fn best_group(
        &mut self,
        index: usize,
        since: u64,
        stories: &[Story],
        prepared: &Prepared,
        params: &Params,
    ) -> Option<usize> {
        // The same article seen in two feeds is the same story whatever its headline.
        if let Some(&group) = prepared.urls[index]
            .as_ref()
            .and_then(|url| self.by_url.get(url))
            .filter(|&&group| {
                !self.groups[group].dissolved && !self.groups[group].members.contains(&index)
            })
        {
            return Some(group);
        }
        let vector = &prepared.vectors[index];
        self.round += 1;
        self.touched.clear();
        // A story joins only a cluster it shares a name with, unless the two
        // are near-identical, when they share their rarest words too: so the
        // candidates come first from its names and its two heaviest words.
        // Only when those find too few do its other words look, in the most
        // recent clusters only: that is how a misspelt name ("Snapdargon")
        // still finds its cluster.
        let mut heaviest: [Option<(u32, f32)>; 2] = [None; 2];
        let heavier =
            |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)).is_lt();
        for &token in vector {
            if heaviest[0].is_none_or(|first| heavier(&token, &first)) {
                heaviest = [Some(token), heaviest[0]];
            } else if heaviest[1].is_none_or(|second| heavier(&token, &second)) {
                heaviest[1] = Some(token);
            }
        }
        let is_key = |token: u32| {
            prepared.specific[token as usize]
                || heaviest.iter().flatten().any(|(id, _)| *id == token)
        };
        for pass in [true, false] {
            if !pass && self.touched.len() >= params.max_candidates {
                break;
            }
            let depth = if pass {
                params.max_postings
            } else {
                params.max_postings / 8
            };
            for &(token, weight) in vector.iter().filter(|(token, _)| is_key(*token) == pass) {
                let postings = &self.postings[token as usize];
                let recent = &postings[postings.len().saturating_sub(depth)..];
                for &group in recent {
                    let group = group as usize;
                    let slot = &mut self.slots[group];
                    if slot.changed <= since {
                        continue;
                    }
                    if slot.stamp != self.round {
                        slot.stamp = self.round;
                        slot.overlap = 0.0;
                        self.touched.push(group);
                    }
                    slot.overlap += weight;
                }
            }
        }
        // Ranked by overlap, then by age; each candidate is one integer that
        // holds both, so that ranking hundreds of them reads memory in order
        // and compares once.
        self.ranked.clear();
        self.ranked.extend(
            self.touched
                .iter()
                .map(|&group| rank_key(self.slots[group].overlap, group)),
        );
        // The best `max_candidates` the story may join are scored. A cluster
        // it can never join (one of its feed's stories is in it, or it is
        // days away) takes no place: over years of stories, last year's
        // "Microsoft becomes second company to hit $3 trillion" would crowd
        // out today's "$4 trillion" cluster.
        let mut best: Option<(f32, usize)> = None;
        let (mut start, mut scored) = (0, 0);
        while scored < params.max_candidates && start < self.ranked.len() {
            let wanted = params.max_candidates - scored;
            let end = start + best_first(&mut self.ranked[start..], wanted);
            for &key in &self.ranked[start..end] {
                let group_index = group_of_key(key);
                let group = &self.groups[group_index];
                if out_of_reach(&stories[index], group, params).is_some() {
                    continue;
                }
                scored += 1;
                // A vetoed candidate needs no score: a quarter of them are.
                if vetoes_in_reach(index, group, stories, prepared, params).is_some() {
                    continue;
                }
                let decision = assess(index, group, stories, prepared, params, None);
                if decision.joins(params)
                    && best.is_none_or(|(best_score, _)| decision.combined() > best_score)
                {
                    best = Some((decision.combined(), group_index));
                }
            }
            start = end;
        }
        best.map(|(_, group)| group)
    }
}

/// A candidate as one integer that orders as candidates are ranked: the
/// higher overlap first, then the older cluster (the lower index). The
/// overlap's bits go high, mapped so that integers order as the floats do
/// (overlaps are sums of weights, never NaN), and the index's complement low.
fn rank_key(overlap: f32, group: usize) -> u64 {
    let bits = overlap.to_bits();
    // Negative floats flip whole, positive ones gain the top bit.
    let ordered = bits ^ ((bits as i32 >> 31) as u32 | 1 << 31);
    // Cluster indices are u32 already in the postings.
    u64::from(ordered) << 32 | u64::from(!(group as u32))
}

/// The cluster a `rank_key` ranks.
fn group_of_key(key: u64) -> usize {
    !(key as u32) as usize
}

/// Moves the `wanted` largest `rank_key`s to the front of `candidates`,
/// largest first, and says how many there are. One pass with one comparison
/// per candidate, most against the last of the front: a story meets hundreds
/// of candidate clusters and wants the best eight.
fn best_first(candidates: &mut [u64], wanted: usize) -> usize {
    let front = wanted.min(candidates.len());
    if front == 0 {
        return 0;
    }
    for index in 0..candidates.len() {
        let mut at = if index < front {
            index
        } else if candidates[index] > candidates[front - 1] {
            candidates.swap(index, front - 1);
            front - 1
        } else {
            continue;
        };
        // Moves the new candidate up to its place in the sorted front.
        while at > 0 && candidates[at] > candidates[at - 1] {
            candidates.swap(at, at - 1);
            at -= 1;
        }
    }
    front
}

/// Hashes token ids with one multiplication: they are small dense integers
/// that need no protection from collision attacks, and centroid lookups are
/// the clusterer's inner loop. Words, for the fixed tables in `features`,
/// hash eight bytes to a multiplication; the byte that ends every string
/// (`Hasher::write_str`) rotates the well-mixed high bits down to the low
/// ones, which pick the bucket.
#[derive(Default, Clone, Copy)]
struct TokenHasher(u64);

impl std::hash::Hasher for TokenHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let value = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            self.0 = (self.0.rotate_left(8) ^ value).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0; 8];
            last[..rest.len()].copy_from_slice(rest);
            // The length keeps "ab" apart from "ab\0".
            let value = u64::from_le_bytes(last) ^ (rest.len() as u64) << 59;
            self.0 = (self.0.rotate_left(8) ^ value).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = u64::from(value).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl std::hash::BuildHasher for TokenHasher {
    type Hasher = TokenHasher;

    fn build_hasher(&self) -> TokenHasher {
        TokenHasher(0)
    }
}

/// Why two stories were, or would be, merged or kept apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// Per story: its headline, feed, tokens with their weights, models, events and regions.
    pub sides: [Side; 2],
    /// The tokens both share.
    pub shared: Vec<String>,
    /// How many more tokens count as shared through typo tolerance.
    pub typo_matches: usize,
    /// The cosine between the two stories' weighted token vectors, with any typo bonus.
    pub score: f32,
    /// The cosine between their summaries' leads, when both have a summary.
    pub summary_score: Option<f32>,
    /// The score the threshold applies to (`score`, or its mean with `summary_score` if higher).
    pub combined: f32,
    /// The least score for a merge, as it applies to this pair.
    pub threshold: f32,
    /// Why `threshold` is not the configured one, if it is not.
    pub threshold_note: Option<&'static str>,
    /// The fewest shared tokens for a merge, as it applies to this pair.
    pub min_shared: usize,
    /// Whether the score, shared tokens and vetoes allow the merge.
    pub joins: bool,
    /// What forbids the merge, if anything.
    pub veto: Option<Veto>,
    /// Which rule besides the vetoes keeps them apart, if any.
    pub shortfall: Option<Shortfall>,
    /// Both stories have the same canonical URL.
    pub same_url: bool,
}

/// One story's part of an `Explanation`.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub feed: String,
    pub title: String,
    pub tokens: Vec<(String, f32)>,
    /// The summary lead's tokens with their weights (empty without a summary).
    pub summary_tokens: Vec<(String, f32)>,
    /// The tokens the window counts as names (names, models, telling numbers).
    pub names: Vec<String>,
    /// Tokens only a trailing clause of cause or setting uses, counted for less.
    pub background: Vec<String>,
    pub models: Vec<String>,
    /// The companies the headline names or whose lines it names.
    pub companies: Vec<&'static str>,
    /// Those of `companies` named only as the setting (`Features::setting_companies`).
    pub setting_companies: Vec<&'static str>,
    /// Names and their partners, as the window counts them
    /// (`Prepared::partners`): "steam fram", a deal's "openai amd".
    pub partners: Vec<String>,
    pub events: Vec<&'static str>,
    pub regions: Vec<&'static str>,
    /// The US states and cities the headline's news happens in
    /// (`Features::places`).
    pub places: Vec<&'static str>,
    /// The parts of a device the headline reports on (`Features::aspects`).
    pub aspects: Vec<&'static str>,
    /// The name a launch verb takes (`Features::launched`), where it counts.
    pub launched: Option<String>,
    pub hedged: bool,
    /// The counts and sums, and the days (month-day), the headline names.
    pub amounts: Vec<String>,
    pub dates: Vec<String>,
}

impl Explanation {
    /// Whether the two stories would be merged if they were alone together.
    pub fn merges(&self) -> bool {
        self.same_url || self.joins
    }
}

/// Explains the decision for stories `a` and `b` of `stories`, with token
/// weights taken from all of `stories`, as `cluster` would weigh them.
pub fn explain(stories: &[Story], a: usize, b: usize, params: &Params) -> Explanation {
    let prepared = prepare(stories, params);
    let names = &prepared.vocabulary;
    let side = |index: usize| {
        let features = &prepared.features[index];
        let bits = |set: u128, names: &[&'static str]| -> Vec<&'static str> {
            (0..names.len())
                .filter(|bit| set & (1 << bit) != 0)
                .map(|bit| names[bit])
                .collect()
        };
        Side {
            feed: stories[index].feed.clone(),
            title: stories[index].title.clone(),
            tokens: prepared.vectors[index]
                .iter()
                .map(|&(id, weight)| (names[id as usize].clone(), weight))
                .collect(),
            names: prepared.vectors[index]
                .iter()
                .filter(|(id, _)| prepared.specific[*id as usize])
                .map(|&(id, _)| names[id as usize].clone())
                .collect(),
            background: features.background.clone(),
            summary_tokens: prepared.summary_vectors[index]
                .iter()
                .map(|&(id, weight)| (prepared.summary_vocabulary[id as usize].clone(), weight))
                .collect(),
            models: features.models.iter().map(ToString::to_string).collect(),
            companies: features.companies.clone(),
            setting_companies: features.setting_companies.clone(),
            partners: prepared.partners[index]
                .iter()
                .map(|&(first, second, _)| {
                    format!("{} {}", names[first as usize], names[second as usize])
                })
                .collect(),
            events: bits(features.events, features::event::NAMES),
            regions: bits(u128::from(features.regions), features::region::NAMES),
            places: features.places.clone(),
            aspects: bits(u128::from(features.aspects), features::aspect::NAMES),
            launched: prepared.launched[index].map(|id| names[id as usize].clone()),
            hedged: features.hedged,
            amounts: features.amounts.iter().map(ToString::to_string).collect(),
            dates: features
                .dates
                .iter()
                .map(|&(month, day)| match day {
                    0 => format!("{month:02}"),
                    _ => format!("{month:02}-{day:02}"),
                })
                .collect(),
        }
    };
    let mut state = State::new(prepared.vocabulary.len());
    let group = state.found(ClusterId::founded_by(&stories[b].key));
    state.join(group, b, stories, &prepared);
    let decision = decide(a, &state.groups[group], stories, &prepared, params);
    let sides = [side(a), side(b)];
    let shared = sides[0]
        .tokens
        .iter()
        .filter(|(token, _)| sides[1].tokens.iter().any(|(other, _)| other == token))
        .map(|(token, _)| token.clone())
        .collect();
    let same_url = prepared.urls[a].is_some() && prepared.urls[a] == prepared.urls[b];
    let (threshold, threshold_note) = decision.threshold(params);
    Explanation {
        sides,
        shared,
        typo_matches: decision.typo_matches,
        score: decision.score,
        summary_score: decision.summary_score,
        combined: decision.combined(),
        threshold,
        threshold_note,
        min_shared: decision.min_shared(params),
        joins: decision.joins(params),
        shortfall: decision.shortfall(params),
        veto: decision.veto,
        same_url,
    }
}

/// How a story relates to one candidate cluster: the whole of the decision
/// whether it may join, shared by `cluster` and `explain` so they never disagree.
struct Decision {
    veto: Option<Veto>,
    /// The centroid cosine, plus the typo bonus for borderline candidates.
    score: f32,
    /// The summaries' cosine, when the story and the cluster both have summaries.
    summary_score: Option<f32>,
    /// How many tokens the summaries share.
    summary_shared: usize,
    /// Tokens the cluster has, counting typo matches.
    shared: usize,
    /// Tokens matched only through typo tolerance.
    typo_matches: usize,
    /// How many tokens the story has: `min_shared` cannot ask for more.
    tokens: usize,
    /// The story comes a news day after the cluster's latest report.
    late: bool,
    /// The story shares a model with the cluster and came within
    /// `FRESH_HOURS` of its first report, and neither side tells a leak, a
    /// rumour, a benchmark or accessories, nor a price but its launch's.
    fresh_model: bool,
    /// The story comes within `FRESH_HOURS` of the cluster's first report,
    /// and is not another feature of one system release (`other_feature`).
    fresh: bool,
    /// The story launches a name of its own (`Prepared::launched`, not a
    /// product that stands for its maker) the cluster never writes.
    unnamed_launch: bool,
    /// Both sides tell one piece of news that comes once, within
    /// `FRESH_HOURS` of the cluster's first report, and nothing else.
    fresh_news: Option<FreshNews>,
    /// The story and the cluster share a name, model or number (counting typo matches).
    shares_name: bool,
    /// The story shares a token with the cluster beyond which device it is
    /// (counting typo matches).
    shares_news: bool,
    /// Every token the story shares with the cluster is the setting of one
    /// side or the other, none the news of both.
    crossed: bool,
    /// The story or the cluster compares products ("Galaxy Grand 2 vs Moto
    /// G"): outlets write such pieces on their own, not as coverage of one
    /// piece of news, so only near copies make one story.
    comparison: bool,
    /// One side is a review and the other is not: outlets publish their
    /// reviews side by side with the launch news ("OnePlus Open review: a
    /// foldable that gets the basics right" and "The OnePlus Open is a $1,699
    /// foldable"), so only near copies cross.
    review_on_one_side: bool,
}

impl Decision {
    fn joins(&self, params: &Params) -> bool {
        self.veto.is_none() && self.shortfall(params).is_none()
    }

    /// The first rule, besides the vetoes, that keeps the story out.
    fn shortfall(&self, params: &Params) -> Option<Shortfall> {
        let score = self.combined();
        // Summaries that agree may vouch for headlines that share few words;
        // the headlines must still share a name, and no veto may apply.
        let shared = if score > self.score {
            self.shared.max(self.summary_shared)
        } else {
            self.shared
        };
        let (threshold, _) = self.threshold(params);
        let min_shared = self.min_shared(params);
        if score < threshold {
            Some(Shortfall::BelowThreshold(threshold))
        } else if shared < min_shared.min(self.tokens) {
            Some(Shortfall::TooFewShared(shared, min_shared))
        } else if shared < params.confident_shared.min(self.tokens)
            && score < self.few_shared_threshold(params)
        {
            Some(Shortfall::FewShared(
                shared,
                params.confident_shared,
                self.few_shared_threshold(params),
            ))
        } else if !self.shares_name && self.score < params.certain {
            Some(Shortfall::NoSharedName(params.certain))
        } else if !self.shares_news && self.score < self.device_only_threshold(params) {
            Some(Shortfall::DeviceOnly(self.device_only_threshold(params)))
        } else if self.comparison && self.score < params.device_only_threshold {
            Some(Shortfall::Comparison(params.device_only_threshold))
        } else if self.review_on_one_side && self.score < self.review_threshold(params) {
            Some(Shortfall::ReviewOnOneSide(self.review_threshold(params)))
        } else if self.unnamed_launch && self.score < UNNAMED_LAUNCH {
            Some(Shortfall::UnnamedLaunch(UNNAMED_LAUNCH))
        } else if self.crossed && self.score < params.certain {
            Some(Shortfall::CrossedSettings(params.certain))
        } else {
            None
        }
    }

    /// The fewest shared tokens for this story and cluster: one company's
    /// results told the hours they come share the company and the kind of
    /// news, which no token counts.
    fn min_shared(&self, params: &Params) -> usize {
        if self.fresh_news == Some(FreshNews::Results) {
            1
        } else {
            params.min_shared
        }
    }

    /// The least score for this story and cluster, and why it is not the
    /// configured threshold when it is not.
    fn threshold(&self, params: &Params) -> (f32, Option<&'static str>) {
        if self.late {
            (
                params.threshold + LATE_MARGIN,
                Some("a news day after the cluster's latest report"),
            )
        } else if let Some(news) = self.fresh_news {
            match news {
                FreshNews::Launch => (
                    params.threshold * FRESH_LAUNCH_SHARE,
                    Some(
                        "a launch told within hours, by both or by one while the other tells no kind of news",
                    ),
                ),
                FreshNews::Results => (
                    params.threshold * FRESH_RESULTS_SHARE,
                    Some("one company's results both tell within hours"),
                ),
                FreshNews::Outage => (
                    params.threshold * FRESH_LAUNCH_SHARE,
                    Some("one outage both tell within hours"),
                ),
                FreshNews::Named => (
                    params.threshold * FRESH_LAUNCH_SHARE,
                    Some(
                        "a name no table knows both tell within hours, with its maker or more words",
                    ),
                ),
                FreshNews::Deal => (
                    params.threshold * FRESH_RESULTS_SHARE,
                    Some("one phase of a deal between the same parties both tell within hours"),
                ),
                FreshNews::Succession => (
                    params.threshold * FRESH_LAUNCH_SHARE,
                    Some("one person's exit or post both tell within hours"),
                ),
            }
        } else {
            (params.threshold, None)
        }
    }

    /// How much headlines that share fewer than `confident_shared` tokens
    /// must have in common: less when what they share is a model, the hour
    /// it launched ("Amazon's new Kindle Scribe lets you write on books" and
    /// "The new Kindle Scribe gets an Active Canvas").
    fn few_shared_threshold(&self, params: &Params) -> f32 {
        // One company's results, or one outage, told the hours they come
        // share the company and the kind of news, which no token counts.
        if matches!(
            self.fresh_news,
            Some(FreshNews::Results | FreshNews::Outage | FreshNews::Succession | FreshNews::Deal)
        ) {
            self.threshold(params).0
        } else if self.fresh_model || self.fresh && self.shares_name {
            // Outlets that tell one story within hours of each other tell
            // it in words of their own: "Slack is down for many users" and
            // "Slack outage disrupts messaging for thousands of workers".
            FRESH_DEVICE_ONLY
                .max(params.threshold)
                .min(params.few_shared_threshold)
        } else {
            params.few_shared_threshold
        }
    }

    /// How much headlines that share only the device must have in common.
    /// Within hours of the first report, the same device told in other
    /// words is the same news ("Pixel Watch 4 announced with bigger
    /// battery" and "Google's Pixel Watch 4 has a domed display"): its
    /// review, teardown or durability test comes days later, and says so.
    fn device_only_threshold(&self, params: &Params) -> f32 {
        // A company's results are its news: "Apple" names the maker, and
        // the results are what happened to it.
        if self.fresh_news == Some(FreshNews::Results) {
            self.threshold(params).0
        } else if self.fresh_model {
            FRESH_DEVICE_ONLY.min(params.device_only_threshold)
        } else {
            params.device_only_threshold
        }
    }

    /// How near a copy a review and other news of its device must be: a
    /// review that shares only which device it is with the launch news is
    /// another story unless the two are near copies.
    fn review_threshold(&self, params: &Params) -> f32 {
        if self.shares_news {
            REVIEW_ONE_SIDE
        } else {
            params.certain
        }
    }

    /// The score the threshold applies to: the headlines' cosine, or, when
    /// both sides have summaries and theirs agree more, the mean of the two.
    /// Summaries only ever help: many feeds have none, or only boilerplate.
    fn combined(&self) -> f32 {
        match self.summary_score {
            Some(summary) => self.score.max((self.score + summary) / 2.0),
            None => self.score,
        }
    }
}

fn decide(
    index: usize,
    group: &Group,
    stories: &[Story],
    prepared: &Prepared,
    params: &Params,
) -> Decision {
    let veto = vetoes(index, group, stories, prepared, params);
    assess(index, group, stories, prepared, params, veto)
}

/// The first veto that keeps story `index` out of `group`, if any.
fn vetoes(
    index: usize,
    group: &Group,
    stories: &[Story],
    prepared: &Prepared,
    params: &Params,
) -> Option<Veto> {
    out_of_reach(&stories[index], group, params)
        .or_else(|| vetoes_in_reach(index, group, stories, prepared, params))
}

/// `vetoes` but for `out_of_reach`, which the candidate search asks first.
fn vetoes_in_reach(
    index: usize,
    group: &Group,
    stories: &[Story],
    prepared: &Prepared,
    params: &Params,
) -> Option<Veto> {
    let features = &prepared.features[index];
    verdict_veto(&stories[index], features, group, params)
        .or_else(|| repeat_veto(&stories[index], features, group))
        .or_else(|| other_party_veto(&stories[index], features, group, params))
        .or_else(|| {
            veto(
                features,
                group,
                revealed_together(&stories[index], group, params),
            )
        })
        .or_else(|| partner_veto(index, group, prepared))
        .or_else(|| launch_veto(index, group, prepared))
}

/// How long after a cluster's first story a story that numbers its attack
/// second or later comes, at least, to be news of another attack.
const REPEAT_HOURS: i64 = 3;

/// "CDK Global hit with second cyberattack", hours after the coverage of the
/// first began: a story of its own, though the two share every name. Not
/// when the coverage it meets began with it or numbers attacks too
/// ("T-Mobile discloses second data breach of 2023", then "T-Mobile says
/// hackers accessed data of 836 customers"), nor without times, when
/// all stories share one.
fn repeat_veto(story: &Story, features: &Features, group: &Group) -> Option<Veto> {
    let later = story.time() - group.first >= Duration::hours(REPEAT_HOURS);
    (features.repeated && !group.repeated && later).then_some(Veto::RepeatedAttack)
}

/// Whether a story's weighted tokens (sorted by id) hold the token `id`.
fn writes(vector: &[(u32, f32)], id: u32) -> bool {
    vector
        .binary_search_by_key(&id, |&(token, _)| token)
        .is_ok()
}

/// Two launches of different names: "Microsoft unveils Recall, an AI
/// feature that records everything you do on a Copilot+ PC" is not
/// "Microsoft unveils Copilot+ PCs", though the same keynote hour and the
/// same words. Vetoed when the story's name is one the cluster never writes,
/// or the cluster's are ones the story never writes.
fn launch_veto(index: usize, group: &Group, prepared: &Prepared) -> Option<Veto> {
    let ours = prepared.launched[index]?;
    let theirs = *group.launched.first()?;
    if group.launched.contains(&ours) {
        return None;
    }
    let vector = &prepared.vectors[index];
    if group.centroid.contains_key(&ours) && group.launched.iter().any(|&id| writes(vector, id)) {
        return None;
    }
    let word = |id: u32| prepared.vocabulary[id as usize].clone();
    Some(Veto::DifferentNames(word(ours), word(theirs)))
}

/// The decision for a story and a cluster, the vetoes (`vetoes`) known.
fn assess(
    index: usize,
    group: &Group,
    stories: &[Story],
    prepared: &Prepared,
    params: &Params,
    veto: Option<Veto>,
) -> Decision {
    let vector = &prepared.vectors[index];
    // The cluster's weight of each of the story's tokens, looked up once
    // for every rule below.
    let in_cluster = weights_in(vector, &group.centroid);
    let (mut score, mut shared) = cosine(vector, &in_cluster, group.centroid_norm2);
    let shares = |keep: &dyn Fn(usize) -> bool| {
        vector
            .iter()
            .zip(&in_cluster)
            .filter(|((token, _), weight)| weight.is_some() && keep(*token as usize))
            .count()
    };
    // What one side tells as its news and the other only as its setting is
    // no news both tell: "Google's new Nest Cam and Home Speaker are built
    // for Gemini" and "Gemini is coming to your Nest speakers", "Alphabet
    // shares jump after Google unveils quantum chip" and "Google unveils
    // Willow quantum chip".
    let setting = &prepared.setting[index];
    let crossed = (!setting.is_empty() || !group.setting_only.is_empty())
        && shares(&|token| {
            setting.binary_search(&(token as u32)).is_err()
                && !group.setting_only.contains(&(token as u32))
        }) == 0;
    // A percentage both name counts as a shared name: "Unity is laying off 25 percent
    // of its workforce" and "Unity to cut 25% of staff".
    let news = &prepared.features[index];
    let shared_names = shares(&|token| prepared.named[token]);
    // So does a day both name, though its month alone is none: "T-Mobile's
    // Starlink service launches July 23" and "T-Satellite goes live July 23".
    let mut shares_name = shared_names > 0
        || news.amounts.iter().any(|amount| {
            amount.unit == features::AmountUnit::Percent && group.amounts.contains(amount)
        })
        || news
            .dates
            .iter()
            .any(|date| date.1 != 0 && group.dates.contains(date));
    // "Galaxy S25 review" and "Galaxy S25 is here" share only the device.
    // Two models both name are more than which device it is: "Apple's
    // MacBook Pro gets the M5 chip" and "Apple announces M5 MacBook Pro".
    // A model only a trailing clause or a second topic names is the
    // setting, not news both tell ("The Download: OpenAI's reasoning model,
    // and Apple's iPhone 16 hearing aids").
    let background = &news.background;
    let shared_models = shares(&|token| {
        let name = &prepared.vocabulary[token];
        name.starts_with('#') && !background.contains(name)
    });
    let mut shares_news = shared_models >= 2 || shares(&|token| !prepared.identity[token]) > 0;
    let mut typo_matches = 0;
    // Typos are forgiven for a borderline score, and for a score that is
    // enough but lacks the shared name or words a merge also needs
    // ("Qualcom Snapdargon roadmap").
    let borderline = score < params.threshold && score >= params.threshold - FUZZY_ZONE;
    let short_of_evidence = score >= params.threshold
        && (!shares_name || !shares_news || shared < params.confident_shared);
    if veto.is_none() && (borderline || short_of_evidence) {
        let typos = fuzzy_bonus(vector, &in_cluster, group, prepared);
        score += typos.bonus;
        shared += typos.matched;
        typo_matches = typos.matched;
        shares_name |= typos.names;
        shares_news |= typos.matched > 0;
    }
    let summary = summary_score(&prepared.summary_vectors[index], group);
    let ours = news.events;
    let fresh =
        params.window.is_some() && minutes_from_first(&stories[index], group) <= FRESH_HOURS * 60;
    // Leaks come many an hour, each of its own: the case, the price; and
    // so do deals ("The MacBook Pro is discounted to its lowest price").
    // A price told against its launch, and no discount, is the launch's
    // price ("OnePlus Nord 4 price in India starts at Rs 29,999" and
    // "OnePlus Nord 4 launched with metal unibody").
    let both = ours | group.events;
    let other_feature = fresh && other_feature(index, group, prepared, vector, &in_cluster);
    let fresh_model = fresh
        && shared_models > 0
        && both
            & (features::event::LEAK
                | features::event::RUMOR
                | features::event::BENCHMARK
                | features::event::ACCESSORY
                | features::event::DISCOUNT)
            == 0
        && (both & features::event::PRICE == 0 || both & features::event::OFFICIAL != 0)
        && !other_feature;
    // Both tell `kind` of news, and nothing but `also`.
    let both_tell_only = |kind: features::Events, also: features::Events| {
        ours & kind != 0 && group.events & kind != 0 && both & !(kind | also) == 0
    };
    // A product no table knows is named by its capitals: "Instagram
    // launches Edits" and "Instagram's CapCut competitor Edits is now
    // available" share two names.
    let fresh_named = fresh && shared_names >= 2;
    // A hands-on goes out the minute the launch news does, and tells it.
    let launch_kinds =
        features::event::OFFICIAL | features::event::ON_SALE | features::event::HANDS_ON;
    // A name the window says is one, and whether the company tables know it.
    let known_name = |token: usize| news.known_names.contains(&prepared.vocabulary[token]);
    let unknown_name = |token: usize| prepared.specific[token] && !known_name(token);
    // Whether one side tells news and the other tells no kind of news at
    // all ("Gemma 3 arrives with 128K context" and "Google's Gemma 3 is an
    // open AI model that runs on a single GPU"), and, when the news names
    // what it launches, the other side names it too: "Google's Veo 3 AI
    // model can generate videos" is not "Google launches Flow", built with
    // Veo 3. Asked only within hours, as both its uses are: most candidates
    // come later, and without times none is fresh.
    let news_beside_none = if !fresh {
        false
    } else if ours != 0 && group.events == 0 {
        prepared.launched[index].is_none_or(|id| group.centroid.contains_key(&id))
    } else if ours == 0 && group.events != 0 {
        group.launched.is_empty() || group.launched.iter().any(|&id| writes(vector, id))
    } else {
        false
    };
    let one_tells_launch = both & !launch_kinds == 0 && news_beside_none;
    let fresh_news = if (fresh_model || fresh_named)
        && (both_tell_only(launch_kinds, 0) || one_tells_launch)
    {
        Some(FreshNews::Launch)
    } else if fresh
        && !news.companies.is_empty()
        && news.companies.first().copied() == group.subject_company
        && results_news(ours)
        && results_news(group.events)
        && both & features::event::EARNINGS != 0
    {
        Some(FreshNews::Results)
    } else if fresh
        && shares_name
        && both_tell_only(features::event::COMPLAINT, 0)
        && shares(&|token| prepared.vocabulary[token] == "outage") > 0
    {
        Some(FreshNews::Outage)
    } else if fresh
        && {
            use features::event::{
                AGREEMENT, APPROVAL, BLOCK, CLOSING, FALL, OFFER, OFFICIAL, PRICE, RISE, RUMOR,
                STOCK, TALKS,
            };
            const PHASES: features::Events = OFFER | TALKS | AGREEMENT | CLOSING | BLOCK;
            // What else a deal's news tells: its price, the market's move,
            // that it is official or reported.
            const AROUND: features::Events =
                APPROVAL | PRICE | STOCK | RISE | FALL | OFFICIAL | RUMOR;
            ours & group.events & PHASES != 0 && both & !(PHASES | AROUND) == 0
        }
        && shared_names >= 2
    {
        Some(FreshNews::Deal)
    } else if fresh
        && {
            use features::event::{APPOINTMENT, DATE, DEPARTURE};
            both_tell_only(DEPARTURE, APPOINTMENT | DATE)
                || both_tell_only(APPOINTMENT, DEPARTURE | DATE)
        }
        // A person's name, not only the companies they leave or join: two
        // executives leaving Apple for Meta the same day are two stories.
        && shares(&|token| unknown_name(token)) > 0
    {
        Some(FreshNews::Succession)
    } else if fresh
        && (both == 0
            || both & !NAMED_BESIDE_NONE == 0 && news_beside_none
            // Both deny one thing: "Valve says Steam wasn't breached" and
            // "Steam denies data breach".
            || both_tell_only(features::event::RULED_OUT, features::event::STATEMENT))
        && shares(&|token| unknown_name(token) && !prepared.vocabulary[token].starts_with('#')) > 0
        && (shares(&|token| known_name(token)) > 0 || shared >= 2)
    {
        Some(FreshNews::Named)
    } else {
        None
    };
    Decision {
        veto,
        score,
        summary_score: summary.map(|(score, _)| score),
        summary_shared: summary.map_or(0, |(_, shared)| shared),
        shared,
        typo_matches,
        tokens: vector.len(),
        shares_name,
        shares_news,
        crossed,
        comparison: both & features::event::COMPARISON != 0,
        review_on_one_side: (ours ^ group.events) & features::event::REVIEW != 0,
        late: params.window.is_some()
            && stories[index].time() - group.last > Duration::hours(LATE_HOURS),
        fresh_model,
        fresh: fresh && !other_feature,
        unnamed_launch: !news.launched_of_maker
            && prepared.launched[index].is_some_and(|name| !group.centroid.contains_key(&name)),
        fresh_news,
    }
}

/// Whether the story and the cluster share of their names only one system
/// release's and the story names what the cluster does not: another of the
/// release's features, told the hours it is announced ("Apple integrates
/// OpenAI's ChatGPT into Siri and iOS 18" and "iOS 18 is official:
/// customizable home screen"), which sharing the release does not make one
/// story. `in_cluster` holds the cluster's weight of each token of `vector`.
fn other_feature(
    index: usize,
    group: &Group,
    prepared: &Prepared,
    vector: &[(u32, f32)],
    in_cluster: &[Option<f32>],
) -> bool {
    let news = &prepared.features[index];
    let system: Vec<&Model> = news
        .models
        .iter()
        .filter(|model| model.is_system())
        .collect();
    if system.is_empty() || !group.models.iter().any(Model::is_system) {
        return false;
    }
    // The release's own tokens ("#18"; its line, "ios", is a device below).
    let system_token = |token: usize| {
        let name = prepared.vocabulary[token].as_str();
        system
            .iter()
            .any(|model| model.tokens().any(|own| own == name))
    };
    // A company on one side only is no feature ("Apple", "OpenAI"); a
    // product is ("Siri", "ChatGPT").
    let company = |name: &str| {
        news.companies
            .iter()
            .chain(&group.companies)
            .any(|company| features::stem(company) == name)
    };
    // Devices and numbers say which devices get the release, not what it
    // brings: "Android 14 is now available for Pixel 4a 5G and newer".
    let device = |name: &str| {
        name.starts_with('#')
            || name.bytes().any(|b| b.is_ascii_digit())
            // Kinds of device and a line's short words ("Pixel phones",
            // "One UI") are no feature either.
            || name.len() <= 2
            || matches!(name, "phone" | "tablet")
            || news.devices.iter().chain(&group.devices).any(|kind| *kind == name)
            || news
                .models
                .iter()
                .chain(&group.models)
                .any(|model| model.line == Some(name))
    };
    // `Prepared::named` already leaves out months and years.
    let feature_name = |token: usize| {
        let name = prepared.vocabulary[token].as_str();
        prepared.named[token] && !system_token(token) && !device(name) && !company(name)
    };
    // No feature name both write, and one the story writes alone or one the
    // cluster writes that the story does not.
    let mut story_only = false;
    for ((token, _), weight) in vector.iter().zip(in_cluster) {
        if feature_name(*token as usize) {
            if weight.is_some() {
                return false;
            }
            story_only = true;
        }
    }
    story_only
        || group.centroid.keys().any(|&token| {
            feature_name(token as usize)
                && vector.binary_search_by_key(&token, |&(id, _)| id).is_err()
        })
}

/// News that comes once and that outlets tell in words of their own within
/// hours of each other; their other news of it that hour says what else it
/// is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum FreshNews {
    /// A model's launch, or a named product's, or its release to buyers:
    /// "Huawei launches Mate 70 smartphone, says it is fully powered by own
    /// operating system" and "Huawei's Mate 70 lineup is official".
    Launch,
    /// A company's quarterly results, which it reports once a quarter:
    /// "Apple beats estimates as iPhone sales rise" and "Apple reports 10%
    /// revenue growth, fastest since 2021".
    Results,
    /// A service going down, told the hours it is down in words of each
    /// outlet's own: "X is down for thousands of users" and "X suffers
    /// widespread outage, Downdetector shows".
    Outage,
    /// A thing no table knows, named by both and told with its maker, or
    /// with another word both write, and no kind of news, or news of a kind
    /// in `NAMED_BESIDE_NONE` on one side only: "Intel's Downfall flaw lets
    /// attackers steal data" and "Downfall: a new side-channel attack on
    /// Intel CPUs leaks encryption keys"; "Butch Wilmore and Suni Williams
    /// splash down" and "Stranded astronauts Butch and Suni return to
    /// Earth"; "NASA scrubs Artemis I launch" and "NASA calls off first
    /// launch attempt of its new Moon rocket".
    Named,
    /// One phase of a deal between the same parties, told the hours it
    /// happens: "Paramount ends merger talks with Skydance" and
    /// "Paramount's special committee walks away from Skydance deal".
    Deal,
    /// Someone leaving a post or taking one, told the hours it is announced
    /// by name: "SEC Chair Gary Gensler to step down in January" and
    /// "Gensler to leave SEC on Inauguration Day".
    Succession,
}

/// How near a copy a review and other news of its device must be: above
/// `device_only_threshold`, since a review out the minute the launch news is
/// names the features the launch news names ("Garmin Fenix 8 In-Depth
/// Review: AMOLED, Microphones" and "Garmin's Fenix 8 gets an AMOLED screen").
const REVIEW_ONE_SIDE: f32 = 0.65;

/// How near a copy a headline that launches a name of its own must be of a
/// cluster that never writes it: "OpenAI launches AgentKit to help
/// developers build and ship AI agents" is not "OpenAI will let developers
/// build apps that work inside ChatGPT", though the same keynote hour and
/// many of the same words.
const UNNAMED_LAUNCH: f32 = 0.5;

/// How long after a cluster's first report a story that shares only its
/// model still joins at `FRESH_DEVICE_ONLY`, as does one that shares a name
/// and fewer than `Params::confident_shared` tokens.
const FRESH_HOURS: i64 = 3;
const FRESH_DEVICE_ONLY: f32 = 0.35;
/// The share of the threshold a launch needs the hours it happened
/// (`FreshNews::Launch`).
const FRESH_LAUNCH_SHARE: f32 = 0.5;
/// The share of the threshold a company's results need the hours they come
/// (`FreshNews::Results`): each outlet leads with a number of its own.
const FRESH_RESULTS_SHARE: f32 = 0.25;

/// How much more a story needs in common with a cluster whose latest report
/// is more than `LATE_HOURS` older: a day on, coverage that shares the
/// words of yesterday's story is often its follow-up ("Microsoft says 8.5
/// million PCs were hit by the CrowdStrike outage"), which is news.
const LATE_MARGIN: f32 = 0.1;
const LATE_HOURS: i64 = 20;

/// Which rule besides the vetoes keeps a story out of a cluster. A value,
/// not text, since `cluster` asks for every candidate; `explain` prints it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shortfall {
    /// The score is below the threshold.
    BelowThreshold(f32),
    /// They share fewer tokens than `min_shared`: (shared, min_shared).
    TooFewShared(usize, usize),
    /// They share fewer than `confident_shared` and the score is below
    /// `few_shared_threshold`: (shared, confident_shared, few_shared_threshold).
    FewShared(usize, usize, f32),
    /// No shared name, model or number, below `certain`.
    NoSharedName(f32),
    /// Only the device is shared, below `device_only_threshold`.
    DeviceOnly(f32),
    /// A comparison, below `device_only_threshold`.
    Comparison(f32),
    /// A review on one side only, below `device_only_threshold`.
    ReviewOnOneSide(f32),
    /// The story launches a name the cluster never writes, below
    /// `UNNAMED_LAUNCH`.
    UnnamedLaunch(f32),
    /// What each side shares is the other's setting, below `certain`.
    CrossedSettings(f32),
}

impl std::fmt::Display for Shortfall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Shortfall::BelowThreshold(threshold) => {
                write!(f, "the score is below the threshold {threshold:.2}")
            }
            Shortfall::TooFewShared(shared, min) => {
                write!(f, "they share {shared} tokens, fewer than {min}")
            }
            Shortfall::FewShared(shared, confident, threshold) => write!(
                f,
                "they share only {shared} tokens, and with fewer than {confident} \
                 the score must reach {threshold:.2}"
            ),
            Shortfall::NoSharedName(certain) => write!(
                f,
                "they share no name, model or number, and the headlines' score is below {certain:.2}"
            ),
            Shortfall::DeviceOnly(threshold) => write!(
                f,
                "they share only which device it is (or that it leaked), \
                 and the headlines' score is below {threshold:.2}"
            ),
            Shortfall::Comparison(threshold) => write!(
                f,
                "one side compares products, and comparisons join only near copies: \
                 the headlines' score is below {threshold:.2}"
            ),
            Shortfall::ReviewOnOneSide(threshold) => write!(
                f,
                "only one side is a review, and a review joins other news only as a near copy: \
                 the headlines' score is below {threshold:.2}"
            ),
            Shortfall::UnnamedLaunch(threshold) => write!(
                f,
                "the story launches a name the cluster never writes, and the headlines' \
                 score is below {threshold:.2}"
            ),
            Shortfall::CrossedSettings(threshold) => write!(
                f,
                "what one tells as its news the other tells only as its setting, and the \
                 headlines' score is below {threshold:.2}"
            ),
        }
    }
}

/// Why a story may not join a cluster, whatever its score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Veto {
    /// The cluster already has a story from this feed.
    SameFeed,
    /// The story is further in time from the cluster than the window allows.
    TooFarApart,
    /// The story and the cluster name different devices.
    DifferentModels(String, String),
    /// The story names a sibling of a device in the cluster (14 vs 14 Pro).
    SiblingModels(String, String),
    /// The story and the cluster are about different devices, though one
    /// mentions the other's ("OnePlus 12 launched with Snapdragon 8 Gen 3").
    DifferentSubjects(String, String),
    /// The story and the cluster name different kinds of device (a MacBook
    /// and an iMac), though both may get the same chip.
    DifferentDevices(&'static str, &'static str),
    /// The story and the cluster name different counts or sums (650 jobs vs 1,000).
    DifferentAmounts,
    /// The story and the cluster name different days (September 3 vs 25).
    DifferentDates,
    /// The story and the cluster name different years or quarters ("Google
    /// I/O 2024" vs "2025", "Q1" vs "Q2").
    DifferentPeriods(String, String),
    /// A name has a different partner on each side ("Steam Frame" vs "Steam
    /// Machine").
    DifferentNames(String, String),
    /// The story and the cluster are about different companies.
    DifferentCompanies(&'static str, &'static str),
    /// The story reports a different kind of event (leak vs launch).
    DifferentEvents(&'static str, &'static str),
    /// The story happens in a different region (China vs global launch).
    DifferentRegions,
    /// The story happens in a different US state or city (California vs
    /// Nevada, LA vs San Francisco).
    DifferentPlaces(&'static str, &'static str),
    /// The story reports on another part of the device (its design vs its
    /// camera).
    DifferentAspects(&'static str, &'static str),
    /// The story numbers an attack second or later, hours after the coverage
    /// of the cluster began (`repeat_veto`).
    RepeatedAttack,
}

/// Whether a story can never join a cluster, whatever the two say: the
/// cluster has a story from its feed, or lies further in time than the window.
fn out_of_reach(story: &Story, group: &Group, params: &Params) -> Option<Veto> {
    if group.sources.binary_search(&story.source).is_ok() {
        return Some(Veto::SameFeed);
    }
    if let Some(window) = params.window {
        // Subtracting two times cannot overflow, unlike subtracting a window
        // from a time, which a feed dated in year 1 would make panic.
        let time = story.time();
        let gap = if time < group.first {
            group.first - time
        } else if time > group.last {
            time - group.last
        } else {
            Duration::zero()
        };
        if gap > window {
            return Some(Veto::TooFarApart);
        }
    }
    None
}

/// The market's verdict on quarterly results ("Nvidia stock slides after
/// data center sales miss estimates"), told the morning after, is a story of
/// its own; told with the results the hour they come ("Micron shares fall
/// despite revenue forecast beating estimates"), it is part of their news.
/// Without times, each is a story of its own.
fn verdict_veto(
    story: &Story,
    features: &Features,
    group: &Group,
    params: &Params,
) -> Option<Veto> {
    use features::event::{EARNINGS, STOCK};
    let only = |events: features::Events, kind: features::Events, not: features::Events| {
        events & kind != 0 && events & not == 0
    };
    let (ours, theirs) = (features.events, group.events);
    let verdict_and_results = only(ours, STOCK, EARNINGS) && only(theirs, EARNINGS, STOCK)
        || only(ours, EARNINGS, STOCK) && only(theirs, STOCK, EARNINGS);
    let apart = params.window.is_none() || minutes_from_first(story, group) >= VERDICT_HOURS * 60;
    (verdict_and_results && apart)
        .then(|| Veto::DifferentEvents(event_name(STOCK), event_name(EARNINGS)))
}

/// A day or more apart, one company both name and another each names that
/// the other never does make two stories: "Tata Electronics to buy
/// majority stake in Pegatron's India iPhone plant" is not "Tata to become
/// first Indian iPhone maker after buying Wistron factory", a year before.
/// Within the day the other names are often the setting each outlet chose
/// ("Oppo Find N3 is official, and it's the OnePlus Open's twin", "Oppo Find
/// N3 launches with a Hasselblad camera"). Without times, always.
fn other_party_veto(
    story: &Story,
    features: &Features,
    group: &Group,
    params: &Params,
) -> Option<Veto> {
    let (ours, theirs) = (&features.companies, &group.companies);
    if ours.len() != 2 || theirs.len() != 2 || !ours.iter().any(|name| theirs.contains(name)) {
        return None;
    }
    let our_other = ours.iter().find(|name| !theirs.contains(name))?;
    let their_other = theirs.iter().find(|name| !ours.contains(name))?;
    let apart =
        params.window.is_none() || minutes_from_first(story, group) >= OTHER_PARTY_HOURS * 60;
    apart.then_some(Veto::DifferentCompanies(our_other, their_other))
}

/// How far apart two stories' other companies tell them apart
/// (`other_party_veto`).
const OTHER_PARTY_HOURS: i64 = 24;

/// Whether a story comes within `REVEAL_MINUTES` of its cluster's first
/// report, so that a date one side tells is the reveal's own (`event_veto`).
/// Without times, never.
fn revealed_together(story: &Story, group: &Group, params: &Params) -> bool {
    params.window.is_some() && minutes_from_first(story, group) <= REVEAL_MINUTES
}

/// How long after a reveal a date told is still its news (`revealed_together`).
const REVEAL_MINUTES: i64 = 120;

/// How many minutes lie between a story and its cluster's first report.
fn minutes_from_first(story: &Story, group: &Group) -> i64 {
    (story.time() - group.first).num_minutes().abs()
}

/// Whether `events` tell quarterly results or the market's move, and
/// nothing else: within hours of the results, "Lyft shares tumble as gross
/// bookings forecast disappoints" is their news ("Lyft reports record Q2
/// revenue but weak outlook spooks investors").
fn results_news(events: features::Events) -> bool {
    use features::event::{EARNINGS, FALL, RISE, STOCK};
    events & !(EARNINGS | STOCK | RISE | FALL) == 0 && events & (EARNINGS | STOCK) != 0
}

/// How long after quarterly results the market's verdict on them is news
/// of its own (`verdict_veto`).
const VERDICT_HOURS: i64 = 6;

/// What the two headlines say that keeps a story out of a cluster within
/// its reach (`out_of_reach`).
fn veto(features: &Features, group: &Group, revealed_together: bool) -> Option<Veto> {
    if let Some(veto) = model_veto(&features.models, &group.models) {
        return Some(veto);
    }
    if let Some(veto) = base_veto(features, group) {
        return Some(veto);
    }
    if let Some(veto) = subject_veto(features, group) {
        return Some(veto);
    }
    // A comparison is of exactly the models it names: "Galaxy Note 3 vs
    // Galaxy S4" is not "Galaxy Note 3 vs HTC One M8".
    if (features.events | group.events) & features::event::COMPARISON != 0
        && let Some(veto) = comparison_veto(&features.models, &group.models)
    {
        return Some(veto);
    }
    if let Some((ours, theirs)) = disjoint(&features.devices, &group.devices) {
        return Some(Veto::DifferentDevices(ours, theirs));
    }
    if let Some((ours, theirs)) = disjoint(&features.companies, &group.companies) {
        return Some(Veto::DifferentCompanies(ours, theirs));
    }
    if let (Some(ours), Some(theirs)) = (features.places.first(), group.places.first())
        && !features::places_overlap(&features.places, &group.places)
    {
        return Some(Veto::DifferentPlaces(ours, theirs));
    }
    // "GM owners gain access to Tesla's Superchargers" is not "Ford EVs gain
    // access to Tesla's Superchargers": each names first a company the
    // other does not name, and they share only the partner both deal with.
    // A company the story names only as the setting ("a day after Airtel")
    // does not make the cluster's news its own.
    let own = |company: &'static str| {
        features.companies.contains(&company) && !features.setting_companies.contains(&company)
    };
    let lead = features
        .companies
        .iter()
        .copied()
        .find(|&company| own(company));
    if let (Some(ours), Some(theirs)) = (lead, group.subject_company)
        && !group.companies.contains(&ours)
        && !own(theirs)
    {
        return Some(Veto::DifferentCompanies(ours, theirs));
    }
    if !features::amounts_agree(&features.amounts, &group.amounts) {
        return Some(Veto::DifferentAmounts);
    }
    if !features::dates_agree(&features.dates, &group.dates) {
        return Some(Veto::DifferentDates);
    }
    if let Some((ours, theirs)) = features::period_conflict(&features.periods, &group.periods) {
        return Some(Veto::DifferentPeriods(ours.to_string(), theirs.to_string()));
    }
    let same_date = features::same_day(&features.dates, &group.dates);
    // Whether each side that tells a price names its sum, not only that a
    // price leaked or was tipped.
    let priced = |events: features::Events, amounts: &[features::Amount]| {
        events & features::event::PRICE == 0 || !amounts.is_empty()
    };
    let dated_price = same_date
        && priced(features.events, &features.amounts)
        && priced(group.events, &group.amounts);
    if let Some(veto) = event_veto(
        features.events,
        group.events,
        same_date,
        dated_price,
        revealed_together,
    ) {
        return Some(veto);
    }
    if !features.hedged && regions_conflict(features.regions, group.regions) {
        return Some(Veto::DifferentRegions);
    }
    // "OnePlus 13 display detailed" is not "OnePlus 13 battery capacity
    // confirmed", though the maker told both the same day.
    if features.aspects != 0 && group.aspects != 0 && features.aspects & group.aspects == 0 {
        let name = |set: u8| features::aspect::NAMES[set.trailing_zeros() as usize];
        return Some(Veto::DifferentAspects(
            name(features.aspects),
            name(group.aspects),
        ));
    }
    None
}

/// A name written with a different partner on each side, neither side
/// naming the other's: "Valve's Steam Frame" is not "Valve's Steam Machine",
/// though both launched the same hour; "Valve shows Steam Frame beside the
/// Steam Machine" is about both.
fn partner_veto(index: usize, group: &Group, prepared: &Prepared) -> Option<Veto> {
    let vector = &prepared.vectors[index];
    let ours = |token: u32| vector.binary_search_by_key(&token, |&(id, _)| id).is_ok();
    for &(first, second, deal) in &prepared.partners[index] {
        if group.centroid.contains_key(&second) {
            continue;
        }
        // A deal's party is no word of a name: "Disney's ESPN strikes deal
        // with NFL" (nfl, disney) is "NFL Network" news (nfl, network).
        if let Some(&(_, other, _)) = group
            .partners
            .iter()
            .find(|&&(name, other, of_deal)| name == first && of_deal == deal && !ours(other))
        {
            let word = |id: u32| prepared.vocabulary[id as usize].as_str();
            return Some(Veto::DifferentNames(
                format!("{} {}", word(first), word(second)),
                format!("{} {}", word(first), word(other)),
            ));
        }
    }
    None
}

/// Regions conflict when both sides name some and none in common, except
/// that a global launch takes in every market but China's and India's:
/// "goes global" and "is coming to Europe" are one launch, "launches in
/// China" another, and "launched in India" another still, which makers
/// hold apart, often the same day ("Poco F5 and F5 Pro launched globally"
/// and "Poco F5 launched in India at Rs 29,999").
fn regions_conflict(ours: u32, theirs: u32) -> bool {
    use features::region::{CHINA, GLOBAL, INDIA};
    let beside_global = |one: u32, other: u32| one & GLOBAL != 0 && other & (CHINA | INDIA) == 0;
    ours != 0
        && theirs != 0
        && ours & theirs == 0
        && !beside_global(ours, theirs)
        && !beside_global(theirs, ours)
}

/// The first name of each side when both sides name some and none in common.
fn disjoint(
    ours: &[&'static str],
    theirs: &[&'static str],
) -> Option<(&'static str, &'static str)> {
    match (ours.first(), theirs.first()) {
        (Some(first), Some(other)) if !ours.iter().any(|name| theirs.contains(name)) => {
            Some((first, other))
        }
        _ => None,
    }
}

/// The first model one side of a comparison names and the other does not.
fn comparison_veto(ours: &[Model], theirs: &[Model]) -> Option<Veto> {
    let missing = |side: &[Model], other: &[Model]| {
        side.iter()
            .find(|model| !other.iter().any(|theirs| model.same_as(theirs)))
            .cloned()
    };
    let (ours_only, theirs_only) = (missing(ours, theirs), missing(theirs, ours));
    match (ours_only, theirs_only) {
        (None, None) => None,
        (ours_only, theirs_only) => Some(Veto::DifferentModels(
            ours_only.map_or_else(|| "-".to_owned(), |model| model.to_string()),
            theirs_only.map_or_else(|| "-".to_owned(), |model| model.to_string()),
        )),
    }
}

/// Models conflict when both sides name models and none matches, or when one
/// side names a sibling of a model the other side has without that model itself
/// (the 14 Plus against the 14, but not "the 14 and 14 Plus" against the 14).
fn model_veto<'a>(ours: &'a [Model], theirs: &'a [Model]) -> Option<Veto> {
    if ours.is_empty() || theirs.is_empty() {
        return None;
    }
    let matched = |model: &Model, others: &[Model]| others.iter().any(|other| model.same_as(other));
    for (side, other_side) in [(ours, theirs), (theirs, ours)] {
        for model in side.iter().filter(|model| !matched(model, other_side)) {
            // A side that names both siblings ("iPhone 14 and 14 Plus") is
            // about each; the subject veto keeps a cluster to one of them.
            if let Some(sibling) = other_side
                .iter()
                .find(|other| model.sibling_of(other) && !matched(other, side))
            {
                return Some(Veto::SiblingModels(model.to_string(), sibling.to_string()));
            }
        }
    }
    // A system release reaching one device is not the same release reaching
    // another: "Galaxy S23 gets One UI 6" and "Samsung rolls out One UI 6 to
    // Galaxy Z Fold 5", a week apart in the same words.
    let devices = |side: &'a [Model]| side.iter().filter(|model| !model.is_system());
    if ours
        .iter()
        .any(|model| model.is_system() && matched(model, theirs))
        && let (Some(device), Some(other)) = (devices(ours).next(), devices(theirs).next())
        && !devices(ours).any(|model| matched(model, theirs))
    {
        return Some(Veto::DifferentModels(device.to_string(), other.to_string()));
    }
    // "Mac mini with M2 and M2 Pro" is not "Mac mini with M4 and M4 Pro",
    // though both name the Mac mini.
    for model in ours.iter().filter(|model| !matched(model, theirs)) {
        if let Some(rival) = theirs
            .iter()
            .find(|other| model.generation_rival_of(other) && !matched(other, ours))
        {
            return Some(Veto::DifferentModels(model.to_string(), rival.to_string()));
        }
    }
    if !ours.iter().any(|model| matched(model, theirs)) {
        return Some(Veto::DifferentModels(
            ours[0].to_string(),
            theirs[0].to_string(),
        ));
    }
    None
}

/// The base model of a line against a variant named by modifiers alone:
/// "The 2024 Motorola Razr" is not "Motorola Razr Plus 2024", though they
/// launched the same hour and only one side names a model.
fn base_veto(features: &Features, group: &Group) -> Option<Veto> {
    for (bare, models, other_models) in [
        (&features.bare_lines, &group.models, &features.models),
        (&group.bare_lines, &features.models, &group.models),
    ] {
        for line in bare {
            let of_line = |model: &&Model| model.line == Some(*line);
            if other_models.iter().any(|model| of_line(&model)) {
                continue;
            }
            if let Some(variant) = models
                .iter()
                .filter(of_line)
                .find(|model| model.is_named_variant())
            {
                return Some(Veto::SiblingModels((*line).to_owned(), variant.to_string()));
            }
        }
    }
    None
}

/// A headline's first model is its subject ("OnePlus 12 launched with
/// Snapdragon 8 Gen 3" is about the phone, not the chip): the story's subject
/// must be among the cluster's models, and the cluster's subject (its
/// founder's) among the story's.
fn subject_veto(features: &Features, group: &Group) -> Option<Veto> {
    let ours = &features.models;
    let (Some(ours_first), Some(theirs_first)) = (features.subject(), group.subject.as_ref())
    else {
        return None;
    };
    let named = |model: &Model, models: &[Model]| models.iter().any(|other| model.same_as(other));
    // "Windows 11 update reportedly breaking SSDs" is news of the update
    // "Windows 11 KB5063878 update is causing SSDs to disappear" names: a
    // side that names no update, build or flaw by its number may be about
    // the one the other names, when it names the other's system too.
    let unnumbered = |models: &[Model]| !models.iter().any(Model::is_identifier);
    if theirs_first.is_identifier() && unnumbered(ours) && named(ours_first, &group.models)
        || ours_first.is_identifier() && unnumbered(&group.models) && named(theirs_first, ours)
    {
        return None;
    }
    // So may a side that names no system release be about the release the
    // other names for its device: "Apple issues fix for overheating iPhone
    // 15 models" is "Apple releases iOS 17.0.3 to fix iPhone 15 overheating".
    // Only of a device's problem or its fix: not an update of its own
    // ("Galaxy S23 series receiving December 2023 security patch" is not
    // One UI 6 reaching it), nor the device's launch.
    use features::event::{COMPLAINT, FIX, STATEMENT, UPDATE};
    let no_system = |models: &[Model], events: features::Events| {
        !models.iter().any(Model::is_system)
            && events & UPDATE == 0
            && events & (FIX | COMPLAINT | STATEMENT) != 0
    };
    if theirs_first.is_system()
        && no_system(ours, features.events)
        && !ours_first.is_system()
        && named(ours_first, &group.models)
        || ours_first.is_system()
            && no_system(&group.models, group.events)
            && !theirs_first.is_system()
            && named(theirs_first, ours)
    {
        return None;
    }
    // A lineup told in part: "LG's C4 and G4 OLED TVs" are two of "B4, C4,
    // G4 and M4". A side that names two models or more, all of them among
    // three or more plain models of one line on the other side (a number,
    // or a letter and a number, each), tells of that lineup. A headline of
    // one model does not, nor one of a phone and its chip ("Xiaomi 14 Pro
    // launched with Snapdragon 8 Gen 3"), nor one of a chip and its sibling
    // ("M1 Ultra: two M1 Maxes") against a desktop built with both.
    let within = |few: &[Model], many: &[Model]| {
        few.len() >= 2
            && many.len() >= 3
            && many
                .iter()
                .all(|model| model.line == many[0].line && !model.core.contains(' '))
            && few.iter().all(|model| named(model, many))
    };
    if within(ours, &group.models) || within(&group.models, ours) {
        return None;
    }
    if !named(ours_first, &group.models) || !named(theirs_first, ours) {
        return Some(Veto::DifferentSubjects(
            ours_first.to_string(),
            theirs_first.to_string(),
        ));
    }
    None
}

/// Whether two sides' event kinds tell different events; `same_date` says
/// both name one date, `dated_price` that they do and that a side telling
/// a price names its sum, `revealed_together` that the story comes within
/// two hours of the cluster's first report.
fn event_veto(
    ours: features::Events,
    theirs: features::Events,
    same_date: bool,
    dated_price: bool,
    revealed_together: bool,
) -> Option<Veto> {
    use features::event::{
        BANKRUPTCY, BENCHMARK, COMPATIBILITY, COMPLAINT, COVERAGE, DATE, DEMAND, DISCOUNT,
        DURABILITY, FALL, HANDS_ON, LEAK, LEGAL, OFFICIAL, ON_SALE, PRICE, REVIEW, RISE, RUMOR,
        SETTLEMENT, STATEMENT, STOCK, SUIT, TEARDOWN, TEASER,
    };
    // What a maker's word before a launch is not: the launch, the date
    // set, leaks, and all that comes after the launch.
    const AFTER_TEASER: features::Events = OFFICIAL
        | ON_SALE
        | DATE
        | LEAK
        | RUMOR
        | BENCHMARK
        | REVIEW
        | HANDS_ON
        | TEARDOWN
        | DURABILITY
        | COMPLAINT
        | DEMAND
        | DISCOUNT;
    // A bankruptcy both tell is the news, and the suit, the blame or the
    // shares one tells with it are its parts: "Lordstown Motors files for
    // bankruptcy, sues Foxconn" and "Lordstown Motors is bankrupt and
    // blames Foxconn".
    let (ours, theirs) = if ours & theirs & BANKRUPTCY != 0 {
        let parts = STATEMENT | LEGAL | SUIT | STOCK | RISE | FALL | PRICE;
        (ours & !parts, theirs & !parts)
    } else {
        (ours, theirs)
    };
    for (x, y) in [(ours, theirs), (theirs, ours)] {
        for &(one, other, unless) in features::event::ONE_SIDED {
            if x & one != 0 && y & other != 0 && y & unless == 0 {
                return Some(Veto::DifferentEvents(event_name(one), event_name(other)));
            }
        }
        // A piece that tells how to watch an event, what it may bring, or
        // what it brings as it happens is no news of the event: "What to
        // expect from Apple's iPhone 16 event" is not "Apple sets Sept. 9
        // event", nor everything Apple announced there. Nor is a digest of
        // two companies' news the news of either.
        if x & COVERAGE != 0 && y & COVERAGE == 0 {
            return Some(Veto::DifferentEvents(event_name(x & COVERAGE), "news"));
        }
        // Which devices a release reaches is a piece of its own, whatever
        // the other side tells: "Apple Intelligence won't be coming to older
        // iPhones" is not "Apple Intelligence brings generative AI to
        // iPhone, iPad and Mac", the same hour.
        if x & COMPATIBILITY != 0 && y & COMPATIBILITY == 0 {
            return Some(Veto::DifferentEvents(event_name(COMPATIBILITY), "news"));
        }
        // A date announced ("Galaxy S25 launches January 22") is not the launch
        // itself ("Samsung unveils the Galaxy S25"), though both are official,
        // nor the day it reaches buyers ("Vision Pro is now available"); but
        // a launch that names the same date is the same news ("RTX 4070 Ti
        // arrives January 5th" and "Nvidia announces RTX 4070 Ti, available
        // January 5").
        // Within two hours of a reveal, though, the date is the reveal's:
        // "Zelda: Echoes of Wisdom launches September 26" and "The Legend
        // of Zelda: Echoes of Wisdom announced for Switch" (`revealed_together`).
        for event in [OFFICIAL, ON_SALE] {
            if x & DATE != 0
                && y & DATE == 0
                && y & event != 0
                && !same_date
                && !(revealed_together && event == OFFICIAL)
            {
                return Some(Veto::DifferentEvents(event_name(DATE), event_name(event)));
            }
        }
        // A maker's word on a device before its launch is not the launch,
        // the date set, the leaks or the reviews: "OnePlus 13 display
        // detailed" a week before "OnePlus 13 announced".
        if x & TEASER != 0 && y & TEASER == 0 && y & AFTER_TEASER != 0 {
            return Some(Veto::DifferentEvents(
                event_name(TEASER),
                event_name(y & AFTER_TEASER),
            ));
        }
        // A lawsuit is news of its own, whatever it is about: "TikTok sues
        // over ban law" is not "Biden signs TikTok ban law".
        // A plea or a verdict told as a settlement ("pleads guilty to settle
        // US case") is still the court's news, not a new lawsuit.
        if x & SUIT != 0 && y & SUIT == 0 && y & LEGAL == 0 {
            return Some(Veto::DifferentEvents(event_name(SUIT), "no lawsuit"));
        }
        // A lawsuit settled is not the lawsuit filed: "Apple hit with class
        // action over delayed Siri features" is not "Apple to pay $95
        // million to settle Siri privacy lawsuit".
        if x & SETTLEMENT != 0 && y & SUIT != 0 && y & SETTLEMENT == 0 {
            return Some(Veto::DifferentEvents(
                event_name(SETTLEMENT),
                event_name(SUIT),
            ));
        }
    }
    // Most pairs conflict in nothing: tell from one mask per kind before
    // finding which pair of the table conflicts.
    static CONFLICTING: std::sync::LazyLock<[features::Events; 128]> =
        std::sync::LazyLock::new(|| {
            let mut masks = [0; 128];
            for &(a, b) in features::event::CONFLICTS {
                masks[a.trailing_zeros() as usize] |= b;
                masks[b.trailing_zeros() as usize] |= a;
            }
            masks
        });
    let (ours_only, theirs_only) = (ours & !theirs, theirs & !ours);
    let mut bits = ours_only;
    let mut any = false;
    while bits != 0 {
        any |= CONFLICTING[bits.trailing_zeros() as usize] & theirs_only != 0;
        bits &= bits - 1;
    }
    if !any {
        return None;
    }
    for &(a, b) in features::event::CONFLICTS {
        // A date told with a price is the announcement of both when the
        // other side names the same day: "Switch 2 preorders start April
        // 24th, price stays at $449.99" and "Switch 2 pre-orders begin April
        // 24"; not "Vivo V50 India price tipped ahead of February 17
        // launch", which names no sum, and the date set.
        if dated_price && (a, b) == (DATE, PRICE) {
            continue;
        }
        for (x, y) in [(a, b), (b, a)] {
            if ours & x != 0 && theirs & y != 0 && ours & y == 0 && theirs & x == 0 {
                return Some(Veto::DifferentEvents(event_name(x), event_name(y)));
            }
        }
    }
    None
}

fn event_name(bit: features::Events) -> &'static str {
    features::event::NAMES[bit.trailing_zeros() as usize]
}

/// The kinds of news a side may tell when the other tells none and both
/// tell a name no table knows within hours (`FreshNews::Named`): not the
/// kinds that come many an hour around a story without being it (leaks,
/// teasers, rumours, reviews and hands-ons, listings, deals and prices,
/// dates, service pieces, comparisons, the market's moves). A side that
/// launches a name must see the other write it, as for a launch.
const NAMED_BESIDE_NONE: features::Events = !(features::event::LEAK
    | features::event::RUMOR
    | features::event::REVIEW
    | features::event::HANDS_ON
    | features::event::BENCHMARK
    | features::event::DISCOUNT
    | features::event::ACCESSORY
    | features::event::TEASER
    | features::event::DATE
    | features::event::PRICE
    | features::event::WATCH
    | features::event::PREVIEW
    | features::event::LIVE
    | features::event::DIGEST
    | features::event::COMPARISON
    | features::event::STOCK
    | features::event::SECTOR);

/// How far below the threshold a candidate may score and still have typos forgiven.
const FUZZY_ZONE: f32 = 0.15;

/// Typo tolerance for borderline candidates: a long word the cluster lacks
/// counts as shared when it is nearly the same (Jaro-Winkler ≥ 0.93) as a word
/// of the cluster's founding story ("Snapdargon", "anounced"). Only words of
/// six letters or more qualify, and never model tokens, whose digits must match
/// exactly. `in_cluster` holds the cluster's weight of each token of `vector`.
fn fuzzy_bonus(
    vector: &[(u32, f32)],
    in_cluster: &[Option<f32>],
    group: &Group,
    prepared: &Prepared,
) -> Typos {
    let founder = &prepared.vectors[group.members[0]];
    let norm = group.centroid_norm2.max(f32::MIN_POSITIVE).sqrt();
    let mut bonus = 0.0;
    let mut matched = 0;
    let mut names = false;
    for (&(token, weight), in_cluster) in vector.iter().zip(in_cluster) {
        let word = &prepared.vocabulary[token as usize];
        if in_cluster.is_some() || word.len() < 6 || word.starts_with('#') {
            continue;
        }
        let letters = &prepared.letters[token as usize];
        let best = founder
            .iter()
            .filter(|(other, _)| {
                let other_word = &prepared.vocabulary[*other as usize];
                // Jaro-Winkler is at most 0.4 + 0.6 Jaro (a four-letter common
                // prefix), so ≥ 0.93 needs Jaro ≥ 0.883; Jaro is at most
                // (2 + short/long) / 3, so the shorter word must be at least
                // 0.65 of the longer: skip hopeless pairs.
                let (short, long) = (
                    word.len().min(other_word.len()),
                    word.len().max(other_word.len()),
                );
                short * 20 >= long * 13
                    && !other_word.starts_with('#')
                    && Letters::may_reach(letters, &prepared.letters[*other as usize], 0.883)
                    && vector
                        .binary_search_by_key(other, |(mine, _)| *mine)
                        .is_err()
            })
            .map(|&(other, _)| {
                (
                    other,
                    strsim::jaro_winkler(word, &prepared.vocabulary[other as usize]),
                )
            })
            .filter(|(_, similarity)| *similarity >= 0.93)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((other, similarity)) = best {
            bonus += weight * group.centroid[&other] * similarity as f32 / norm;
            matched += 1;
            names |= prepared.specific[other as usize];
        }
    }
    Typos {
        bonus,
        matched,
        names,
    }
}

/// How many times a word has each letter, for ruling out typo matches
/// without comparing the words: Jaro is at most (c/|a| + c/|b| + 1) / 3,
/// where c counts the letters both have (with repeats). Letters share a
/// count with others (digits all count as one, other bytes five ways), which
/// can only overstate c, so a pair ruled out is never a match.
#[derive(Clone, Copy)]
struct Letters {
    counts: [u8; 32],
    len: u8,
}

impl Letters {
    /// `None` for a word these counts cannot judge: one with other than
    /// ASCII, or too long to count in a byte.
    fn of(word: &str) -> Option<Letters> {
        if !word.is_ascii() || word.is_empty() || word.len() > usize::from(u8::MAX) {
            return None;
        }
        let mut counts = [0u8; 32];
        for byte in word.bytes() {
            let slot = match byte {
                b'a'..=b'z' => byte - b'a',
                b'0'..=b'9' => 26,
                _ => 27 + byte % 5,
            };
            counts[usize::from(slot)] += 1;
        }
        Some(Letters {
            counts,
            len: word.len() as u8,
        })
    }

    /// Whether two words' Jaro similarity can reach `least`; words that
    /// cannot be judged always can.
    fn may_reach(a: &Option<Letters>, b: &Option<Letters>, least: f64) -> bool {
        let (Some(a), Some(b)) = (a, b) else {
            return true;
        };
        let common: u32 = a
            .counts
            .iter()
            .zip(&b.counts)
            .map(|(x, y)| u32::from(*x.min(y)))
            .sum();
        let common = f64::from(common);
        (common / f64::from(a.len) + common / f64::from(b.len) + 1.0) / 3.0 >= least
    }
}

/// What typo tolerance adds to a candidate's score.
struct Typos {
    /// The added score.
    bonus: f32,
    /// How many words matched only as typos.
    matched: usize,
    /// Whether one of them matched a name.
    names: bool,
}

/// The cosine between a story's summary and the cluster's summaries, and how
/// many tokens they share, when both have any.
fn summary_score(vector: &[(u32, f32)], group: &Group) -> Option<(f32, usize)> {
    if vector.is_empty() || group.summary_norm2 <= 0.0 {
        return None;
    }
    let in_cluster = weights_in(vector, &group.summary_centroid);
    Some(cosine(vector, &in_cluster, group.summary_norm2))
}

/// The centroid's weight of each token of `vector`, `None` where it has none.
fn weights_in(
    vector: &[(u32, f32)],
    centroid: &HashMap<u32, f32, TokenHasher>,
) -> Vec<Option<f32>> {
    vector
        .iter()
        .map(|(token, _)| centroid.get(token).copied())
        .collect()
}

/// The cosine between a unit vector and a centroid with squared length
/// `norm2` that has the weights `in_centroid` of the vector's tokens
/// (`weights_in`), and how many of the vector's tokens the centroid has.
fn cosine(vector: &[(u32, f32)], in_centroid: &[Option<f32>], norm2: f32) -> (f32, usize) {
    let mut dot = 0.0;
    let mut shared = 0;
    for ((_, weight), value) in vector.iter().zip(in_centroid) {
        if let Some(value) = value {
            dot += weight * value;
            shared += 1;
        }
    }
    let norm = norm2.max(f32::MIN_POSITIVE).sqrt();
    ((dot / norm).min(1.0), shared)
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (label, side) in ["A", "B"].iter().zip(&self.sides) {
            writeln!(f, "{label}: {} ({})", side.title, side.feed)?;
            writeln!(f, "   tokens:  {}", weighted(&side.tokens))?;
            if !side.summary_tokens.is_empty() {
                writeln!(f, "   summary: {}", weighted(&side.summary_tokens))?;
            }
            writeln!(f, "   names:   {}", list_or_none(&side.names))?;
            if !side.background.is_empty() {
                writeln!(f, "   after:   {}", side.background.join(", "))?;
            }
            writeln!(f, "   models:  {}", list_or_none(&side.models))?;
            if !side.companies.is_empty() {
                let companies: Vec<String> = side
                    .companies
                    .iter()
                    .map(|company| {
                        if side.setting_companies.contains(company) {
                            format!("{company} (setting)")
                        } else {
                            (*company).to_owned()
                        }
                    })
                    .collect();
                writeln!(f, "   companies: {}", companies.join(", "))?;
            }
            if !side.partners.is_empty() {
                writeln!(f, "   partners: {}", side.partners.join(", "))?;
            }
            writeln!(f, "   events:  {}", list_or_none(&side.events))?;
            let hedge = if side.hedged { " (hedged)" } else { "" };
            writeln!(f, "   regions: {}{hedge}", list_or_none(&side.regions))?;
            if !side.places.is_empty() {
                writeln!(f, "   places:  {}", side.places.join(", "))?;
            }
            if !side.aspects.is_empty() {
                writeln!(f, "   parts:   {}", side.aspects.join(", "))?;
            }
            if let Some(name) = &side.launched {
                writeln!(f, "   launches: {name}")?;
            }
            writeln!(f, "   amounts: {}", list_or_none(&side.amounts))?;
            writeln!(f, "   dates:   {}", list_or_none(&side.dates))?;
        }
        writeln!(f, "shared tokens: {}", list_or_none(&self.shared))?;
        if self.typo_matches > 0 {
            writeln!(f, "typo matches: {}", self.typo_matches)?;
        }
        let threshold = match self.threshold_note {
            Some(note) => format!("threshold {:.3}: {note}", self.threshold),
            None => format!("threshold {:.3}", self.threshold),
        };
        match self.summary_score {
            Some(summary) => writeln!(
                f,
                "score: {:.3} (headlines {:.3}, summaries {summary:.3}; {threshold}; at least {} shared tokens)",
                self.combined, self.score, self.min_shared
            )?,
            None => writeln!(
                f,
                "score: {:.3} ({threshold}; at least {} shared tokens)",
                self.score, self.min_shared
            )?,
        }
        if self.same_url {
            writeln!(f, "same URL: yes")?;
        }
        match &self.veto {
            Some(veto) => writeln!(f, "veto: {veto}")?,
            None => writeln!(f, "veto: none")?,
        }
        if let Some(shortfall) = &self.shortfall
            && !self.same_url
        {
            writeln!(f, "kept apart because {shortfall}")?;
        }
        let verdict = if self.merges() {
            "merged"
        } else {
            "kept apart"
        };
        write!(f, "verdict: {verdict}")
    }
}

impl std::fmt::Display for Veto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Veto::SameFeed => f.write_str("both come from the same feed"),
            Veto::TooFarApart => f.write_str("too far apart in time"),
            Veto::DifferentModels(a, b) => write!(f, "different models: {a} vs {b}"),
            Veto::SiblingModels(a, b) => write!(f, "sibling models: {a} vs {b}"),
            Veto::DifferentSubjects(a, b) => write!(f, "different subjects: {a} vs {b}"),
            Veto::DifferentDevices(a, b) => write!(f, "different products: {a} vs {b}"),
            Veto::DifferentNames(a, b) => write!(f, "different names: {a} vs {b}"),
            Veto::DifferentCompanies(a, b) => write!(f, "different companies: {a} vs {b}"),
            Veto::DifferentAmounts => f.write_str("different counts or sums"),
            Veto::DifferentDates => f.write_str("different dates"),
            Veto::DifferentPeriods(a, b) => write!(f, "different years or quarters: {a} vs {b}"),
            Veto::DifferentEvents(a, b) => write!(f, "different events: {a} vs {b}"),
            Veto::DifferentRegions => f.write_str("different regions"),
            Veto::DifferentPlaces(a, b) => write!(f, "different places: {a} vs {b}"),
            Veto::DifferentAspects(a, b) => write!(f, "different parts: {a} vs {b}"),
            Veto::RepeatedAttack => {
                f.write_str("a second attack, hours after the coverage of the first")
            }
        }
    }
}

/// Tokens with their weights: "launch=0.31 pixel=0.42".
fn weighted(tokens: &[(String, f32)]) -> String {
    tokens
        .iter()
        .map(|(token, weight)| format!("{token}={weight:.2}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn list_or_none<T: AsRef<str>>(items: &[T]) -> String {
    if items.is_empty() {
        "-".to_owned()
    } else {
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests;
