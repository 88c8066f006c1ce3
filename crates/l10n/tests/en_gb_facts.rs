//! The English staff texts hold to the domain's facts where a setting or a code could be over-promised: what
//! DOMAIN.md marks unconfirmed is said to be so, and a setting is not said to guarantee what it cannot.

use pathfinder_l10n::{FluentArgs, Localizer, REFERENCE_LOCALE};

fn english(id: &str) -> String {
    let localizer = Localizer::new(REFERENCE_LOCALE, false).unwrap();
    let mut args = FluentArgs::new();
    args.set("count", 6);
    localizer.format(id, Some(&args)).replace(['\u{2068}', '\u{2069}'], "")
}

/// DOMAIN.md: Type 2 is 9Nu4 in Read v2 (given) and its CTV3 code, XaaVL, is the unconfirmed one.
#[test]
fn the_guide_says_the_type2_ctv3_code_is_the_unconfirmed_one() {
    let both = english("about-objections-codes-confirm");
    assert!(both.contains("XaaVL") && both.contains("not confirmed"), "{both}");
    assert!(!both.contains("Read code"), "the Type 2 Read v2 code, 9Nu4, is the published one: {both}");
    let type1_only = english("about-objections-codes-confirm-type1-only");
    assert!(!type1_only.contains("Type 2") && !type1_only.contains("Read code"), "{type1_only}");
}

/// A limit on surnames cannot tell a family from a lodger: the hint says what it does, not what it cannot promise.
#[test]
fn the_surnames_hint_promises_only_what_the_setting_does() {
    let hint = english("printing-max-surnames-hint");
    assert!(!hint.contains("no letter names people who do not live together"), "{hint}");
    assert!(hint.contains("each person there gets their own letter"), "{hint}");
    assert!(hint.contains("everyone is named on one letter"), "{hint}");
}
