//! Practice tokens and enrolment codes: random, shown once, stored only as SHA-256 hashes.

use sha2::{Digest, Sha256};

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the OS has a random source");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A practice token: 256 random bits.
pub fn new_token() -> String {
    hex(&random_bytes::<32>())
}

/// How many characters an enrolment code has: 31 letters each, about 79 bits, so that even with its unsalted hash
/// from a leaked database a live code cannot be found by trying them all in the 14 days it lives.
pub const ENROLMENT_CODE_CHARS: usize = 16;

/// A one-time enrolment code for a person to type: sixteen characters without look-alikes, as XXXX-XXXX-XXXX-XXXX.
pub fn new_enrolment_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut code = String::with_capacity(ENROLMENT_CODE_CHARS + ENROLMENT_CODE_CHARS / 4);
    // 256 is not a multiple of the alphabet's 31 letters: draw again rather than bias the code.
    let mut taken = 0;
    while taken < ENROLMENT_CODE_CHARS {
        for byte in random_bytes::<32>() {
            if taken < ENROLMENT_CODE_CHARS && usize::from(byte) < 256 - 256 % ALPHABET.len() {
                if taken > 0 && taken % 4 == 0 {
                    code.push('-');
                }
                code.push(ALPHABET[usize::from(byte) % ALPHABET.len()] as char);
                taken += 1;
            }
        }
    }
    code
}

/// What is stored in place of a token or code. Codes are compared without case or the dash.
pub fn hash(secret: &str) -> String {
    let normalised: String = secret.trim().chars().filter(|c| *c != '-').flat_map(char::to_uppercase).collect();
    hex(&Sha256::digest(normalised.as_bytes()))
}

/// A key for something a person typed, kept in memory in its place (the limits on guessing): SHA-256, as typed.
pub fn fingerprint(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Whether two secrets (CSRF tokens) are equal, in a time that does not depend on where they first differ.
pub fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// A receipt id: a random (version 4) UUID.
pub fn new_uuid() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_are_random_and_hashed_alike_however_typed() {
        assert_eq!(new_token().len(), 64);
        assert_ne!(new_token(), new_token());
        let code = new_enrolment_code();
        assert_eq!(code.len(), 19);
        assert!([4, 9, 14].iter().all(|&at| code.as_bytes()[at] == b'-'), "{code}");
        assert_eq!(code.chars().filter(char::is_ascii_alphanumeric).count(), ENROLMENT_CODE_CHARS);
        assert_eq!(hash(&code), hash(&code.to_lowercase().replace('-', "")));
        assert_ne!(hash(&code), hash(&new_enrolment_code()));
        let uuid = new_uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
    }
}
