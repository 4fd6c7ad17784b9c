//! Vocabulary shortlist: per sentence, the target tokens the output projection is computed for.
//!
//! The file format is Marian/Bergamot's **binary lexical shortlist** (`lex.*.s2t.bin`, as
//! written by `marian-conv --shortlist` and read by bergamot-translator and slimt), so the
//! shortlists Bergamot ships load as they are and ours load there:
//!
//! ```text
//! u64 magic = 0xF11A48D5013417F5
//! u64 checksum        hash (below) of every u64 word after this field
//! u64 frequent        the `frequent` lowest target ids are always candidates
//! u64 best            how many targets per source token the builder kept (informative)
//! u64 offsets_len     source vocabulary size + 1
//! u64 lists_len       total target ids in the lists
//! u64 offsets[offsets_len]   source id s owns lists[offsets[s] .. offsets[s + 1]]
//! u32 lists[lists_len]       target ids
//! ```
//!
//! all little-endian. The checksum is Marian's `hashMem<uint64_t>`: starting from 0, for each
//! u64 word `v` after the checksum field (a trailing half word is not hashed),
//! `seed ^= v + 0x9e3779b9 + (seed << 6) + (seed >> 2)` (wrapping).
//!
//! Ids are the model's `vocab.json` ids, on both sides: Marian models (and opus-mt exports)
//! number source and target pieces in one joint vocabulary, as Bergamot's shared-vocabulary
//! models do. "Frequent" means the lowest ids, as in Bergamot: Marian vocabularies are sorted
//! by frequency (`models/tools/build_shortlist.py` checks it for the models it builds for).
//!
//! For a sentence the candidates are: the frequent ids, every target listed for each source
//! id of the sentence, and the ids the search needs (`</s>`, forced ids), sorted ascending.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// First eight bytes of a binary shortlist.
pub const MAGIC: u64 = 0xF11A_48D5_0134_17F5;

/// Largest shortlist file read (bytes), checked before it is read.
pub const MAX_SHORTLIST_BYTES: u64 = 256 << 20;

const HEADER_BYTES: usize = 48;

/// A loaded lexical shortlist.
#[derive(Debug, Clone)]
pub struct Shortlist {
    path: PathBuf,
    frequent: usize,
    best: usize,
    /// `[source vocabulary + 1]`: source id `s` owns `lists[offsets[s]..offsets[s + 1]]`.
    offsets: Vec<u32>,
    /// Target ids.
    lists: Vec<u32>,
    /// The most ids one source token lists (bounds a sentence's candidate count).
    longest: usize,
}

/// Marian's `hashMem<uint64_t, uint64_t>` over little-endian u64 words.
fn checksum(words: &[u8]) -> u64 {
    let mut seed = 0u64;
    for w in words.chunks_exact(8) {
        let v = u64::from_le_bytes(w.try_into().expect("8 bytes"));
        seed ^= v.wrapping_add(0x9e37_79b9).wrapping_add(seed << 6).wrapping_add(seed >> 2);
    }
    seed
}

impl Shortlist {
    /// Reads the binary shortlist at `path` for a model of `vocab_size` ids.
    pub fn load(path: &Path, vocab_size: usize) -> Result<Shortlist> {
        let bytes = crate::model::read_bounded(path, MAX_SHORTLIST_BYTES)?;
        Shortlist::from_bytes(&bytes, vocab_size, path)
    }

    /// Parses a binary shortlist (`label` names it in errors) and checks it against a model of
    /// `vocab_size` ids: magic, sizes, checksum, offsets in order, every id in the vocabulary.
    pub fn from_bytes(b: &[u8], vocab_size: usize, label: &Path) -> Result<Shortlist> {
        let bad = |m: String| Error::Config { path: label.to_path_buf(), message: format!("binary shortlist: {m}") };
        if b.len() as u64 > MAX_SHORTLIST_BYTES {
            return Err(bad(format!("{} bytes, more than the {MAX_SHORTLIST_BYTES} allowed", b.len())));
        }
        if b.len() < HEADER_BYTES {
            return Err(bad(format!("{} bytes, shorter than its 48-byte header", b.len())));
        }
        let word = |i: usize| u64::from_le_bytes(b[8 * i..8 * i + 8].try_into().expect("8 bytes"));
        if word(0) != MAGIC {
            return Err(bad("not a binary lexical shortlist (wrong magic number)".into()));
        }
        let (sum, frequent, best, n_off, n_list) = (word(1), word(2), word(3), word(4), word(5));
        let expected = n_off
            .checked_mul(8)
            .and_then(|o| n_list.checked_mul(4).and_then(|l| o.checked_add(l)))
            .and_then(|d| d.checked_add(HEADER_BYTES as u64));
        if expected != Some(b.len() as u64) {
            return Err(bad(format!(
                "the header gives {n_off} offsets and {n_list} ids, which is not the file's {} bytes",
                b.len()
            )));
        }
        let actual = checksum(&b[16..]);
        if actual != sum {
            return Err(bad(format!("checksum {actual:#x} does not match the header's {sum:#x} (corrupted file)")));
        }
        if n_off == 0 {
            return Err(bad("no offset table".into()));
        }
        // Both counts are bounded by the file size checked above.
        let (n_off, n_list) = (n_off as usize, n_list as usize);
        if n_list > u32::MAX as usize {
            return Err(bad(format!("{n_list} ids is more than this reader indexes")));
        }
        let off_bytes = &b[HEADER_BYTES..HEADER_BYTES + 8 * n_off];
        let mut offsets = Vec::with_capacity(n_off);
        let mut prev = 0u64;
        for w in off_bytes.chunks_exact(8) {
            let o = u64::from_le_bytes(w.try_into().expect("8 bytes"));
            if o < prev || o > n_list as u64 {
                return Err(bad(format!("offset {o} out of order or beyond the {n_list} ids")));
            }
            prev = o;
            offsets.push(o as u32);
        }
        if prev != n_list as u64 {
            return Err(bad(format!("the last offset is {prev}, not the id count {n_list}")));
        }
        let mut lists = Vec::with_capacity(n_list);
        for w in b[HEADER_BYTES + 8 * n_off..].chunks_exact(4) {
            let id = u32::from_le_bytes(w.try_into().expect("4 bytes"));
            if id as usize >= vocab_size {
                return Err(bad(format!("target id {id} is outside the model's {vocab_size} ids")));
            }
            lists.push(id);
        }
        let longest = offsets.windows(2).map(|w| (w[1] - w[0]) as usize).max().unwrap_or(0);
        Ok(Shortlist {
            path: label.to_path_buf(),
            frequent: usize::try_from(frequent).unwrap_or(usize::MAX).min(vocab_size),
            best: usize::try_from(best).unwrap_or(usize::MAX),
            offsets,
            lists,
            longest,
        })
    }

    /// A shortlist from its parts: `lists[s]` are the targets of source id `s`.
    pub fn new(frequent: usize, best: usize, lists: &[Vec<u32>]) -> Shortlist {
        let mut offsets = Vec::with_capacity(lists.len() + 1);
        let mut flat = Vec::new();
        offsets.push(0);
        for l in lists {
            flat.extend_from_slice(l);
            offsets.push(flat.len() as u32);
        }
        let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
        Shortlist { path: PathBuf::from("(built in memory)"), frequent, best, offsets, lists: flat, longest }
    }

    /// The file in the binary format (the checksum computed as Marian does).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(HEADER_BYTES + 8 * self.offsets.len() + 4 * self.lists.len());
        for v in [MAGIC, 0, self.frequent as u64, self.best as u64, self.offsets.len() as u64, self.lists.len() as u64]
        {
            b.extend_from_slice(&v.to_le_bytes());
        }
        for &o in &self.offsets {
            b.extend_from_slice(&(o as u64).to_le_bytes());
        }
        for &t in &self.lists {
            b.extend_from_slice(&t.to_le_bytes());
        }
        let sum = checksum(&b[16..]);
        b[8..16].copy_from_slice(&sum.to_le_bytes());
        b
    }

    /// Where it was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many lowest ids are always candidates.
    pub fn frequent(&self) -> usize {
        self.frequent
    }

    /// Targets per source token the builder kept (from the header).
    pub fn best(&self) -> usize {
        self.best
    }

    /// The largest id it can make a candidate (`None` when it has none).
    pub fn max_id(&self) -> Option<u32> {
        let listed = self.lists.iter().copied().max();
        let frequent = self.frequent.checked_sub(1).map(|f| u32::try_from(f).unwrap_or(u32::MAX));
        listed.max(frequent)
    }

    /// Source ids the file has lists for.
    pub fn source_ids(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Most candidates a sentence of `src_len` source tokens can have, before `extra` ids.
    pub fn max_candidates(&self, src_len: usize, vocab_size: usize) -> usize {
        self.frequent.saturating_add(src_len.saturating_mul(self.longest)).min(vocab_size)
    }

    /// The candidate target ids for source ids `src`, plus `extra` (ids the search must be
    /// able to emit), sorted ascending and distinct, all below `vocab_size`.
    pub fn candidates(&self, src: &[u32], extra: &[u32], vocab_size: usize) -> Vec<u32> {
        let mut on = vec![false; vocab_size];
        on[..self.frequent.min(vocab_size)].fill(true);
        for &s in src {
            let s = s as usize;
            if s + 1 < self.offsets.len() {
                let (a, b) = (self.offsets[s] as usize, self.offsets[s + 1] as usize);
                for &t in &self.lists[a..b] {
                    if let Some(x) = on.get_mut(t as usize) {
                        *x = true;
                    }
                }
            }
        }
        for &t in extra {
            if let Some(x) = on.get_mut(t as usize) {
                *x = true;
            }
        }
        on.iter().enumerate().filter(|&(_, &x)| x).map(|(i, _)| i as u32).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Shortlist {
        Shortlist::new(3, 2, &[vec![], vec![7, 5], vec![9], vec![], vec![5, 8]])
    }

    #[test]
    fn round_trips_through_the_binary_format() {
        let s = sample();
        let b = s.to_bytes();
        assert_eq!(b.len(), 48 + 6 * 8 + 5 * 4);
        let r = Shortlist::from_bytes(&b, 10, Path::new("x")).unwrap();
        assert_eq!((r.frequent(), r.best(), r.source_ids()), (3, 2, 5));
        assert_eq!(r.candidates(&[1, 4, 4, 0], &[], 10), vec![0, 1, 2, 5, 7, 8]);
        assert_eq!(r.candidates(&[2, 77], &[6], 10), vec![0, 1, 2, 6, 9]);
        assert_eq!(r.max_candidates(4, 10), 10);
        assert_eq!(r.max_candidates(2, 100), 3 + 2 * 2);
    }

    #[test]
    fn the_checksum_is_marians_hash_mem() {
        // hashMem over the words [1, 2] from seed 0, by hand:
        // seed = 0 ^ (1 + 0x9e3779b9 + 0 + 0) = 0x9e3779ba;
        // seed ^= 2 + 0x9e3779b9 + (seed << 6) + (seed >> 2).
        let s1: u64 = 0x9e37_79ba;
        let s2 = s1 ^ (2u64 + 0x9e37_79b9 + (s1 << 6) + (s1 >> 2));
        let mut words = 1u64.to_le_bytes().to_vec();
        words.extend_from_slice(&2u64.to_le_bytes());
        words.extend_from_slice(&[0xff; 4]); // a trailing half word is not hashed
        assert_eq!(checksum(&words), s2);
    }

    #[test]
    fn damaged_files_are_refused_with_a_reason() {
        let good = sample().to_bytes();
        let check = |b: &[u8], vocab: usize, needle: &str| {
            let e = Shortlist::from_bytes(b, vocab, Path::new("lex.s2t.bin")).unwrap_err().to_string();
            assert!(e.contains("lex.s2t.bin") && e.contains(needle), "{e}");
        };
        check(&good[..40], 10, "header");
        let mut b = good.clone();
        b[0] ^= 1;
        check(&b, 10, "magic");
        let mut b = good.clone();
        b[HEADER_BYTES + 8] ^= 1;
        check(&b, 10, "checksum");
        // The trailing half word is outside Marian's checksum: the id check still sees it.
        let mut b = good.clone();
        *b.last_mut().unwrap() ^= 0x40;
        check(&b, 10, "outside the model's");
        check(&good[..good.len() - 4], 10, "not the file's");
        let mut b = good.clone();
        b[32..40].copy_from_slice(&u64::MAX.to_le_bytes());
        check(&b, 10, "not the file's");
        check(&good, 9, "outside the model's 9 ids");
        // Offsets out of order (checksum made valid again).
        let mut b = good.clone();
        b[48 + 8..48 + 16].copy_from_slice(&4u64.to_le_bytes());
        let sum = checksum(&b[16..]);
        b[8..16].copy_from_slice(&sum.to_le_bytes());
        check(&b, 10, "out of order");
    }
}
