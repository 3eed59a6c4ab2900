//! A set of words that may end longer words: "minister" ends "verteidigungsminister", "ministerium"
//! ends "außenministerium". German builds titles and organisations by compounding, so the cue
//! lists are asked whether any of their words ends a given word, once for every new word of a text.

/// The words, spelt backwards into a trie: a word is read from its last byte on and turned away
/// as soon as no listed word ends that way, which for most words is at the first or second byte.
/// (A hash lookup per listed length cost more than the byte comparisons it replaced.)
#[derive(Debug)]
pub struct WordEnds {
    /// Node 0 is the root, the empty ending.
    nodes: Vec<Node>,
}

#[derive(Debug, Default)]
struct Node {
    /// The byte before this ending, and the node of the longer ending it makes.
    before: Vec<(u8, u32)>,
    /// A listed word is this ending.
    listed: bool,
}

impl WordEnds {
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordEnds {
        let mut nodes = vec![Node::default()];
        for word in words {
            let mut at = 0;
            for &b in word.as_bytes().iter().rev() {
                at = match nodes[at].before.iter().find(|(c, _)| *c == b) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        nodes.push(Node::default());
                        let next = nodes.len() - 1;
                        nodes[at].before.push((b, next as u32));
                        next
                    }
                };
            }
            nodes[at].listed = true;
        }
        WordEnds { nodes }
    }

    /// The nodes of the endings of `word` (its last 0, 1, 2, … bytes) as far as listed words
    /// go.
    fn endings<'s>(&'s self, word: &'s str) -> impl Iterator<Item = &'s Node> + 's {
        let mut bytes = word.as_bytes().iter().rev();
        std::iter::successors(Some(&self.nodes[0]), move |node| {
            let b = bytes.next()?;
            let (_, next) = node.before.iter().find(|(c, _)| c == b)?;
            Some(&self.nodes[*next as usize])
        })
    }

    /// Is `word` one of the words?
    pub fn contains(&self, word: &str) -> bool {
        self.endings(word).nth(word.len()).is_some_and(|n| n.listed)
    }

    /// Does one of the words end `word` (or is it `word`)? A listed word is whole UTF-8, so the
    /// ending it matches starts on a char boundary.
    pub fn ends(&self, word: &str) -> bool {
        self.endings(word).any(|n| n.listed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_word_ends_its_compounds_and_itself() {
        let ends = WordEnds::new(["minister", "präsident", "chef"]);
        assert!(ends.ends("verteidigungsminister"));
        assert!(ends.ends("präsident"));
        assert!(ends.ends("vizepräsident"));
        assert!(!ends.ends("ministerium"));
        assert!(!ends.ends("hef"));
        assert!(!ends.ends(""));
        assert!(ends.contains("chef") && !ends.contains("küchenchef"));
    }

    #[test]
    fn endings_share_their_letters() {
        let ends = WordEnds::new(["ärzte", "rzte", "te"]);
        assert!(ends.ends("zahnärzte") && ends.ends("rzte") && ends.ends("rote"));
        assert!(ends.contains("te") && !ends.contains("e") && !ends.contains("zahnärzte"));
        assert!(!WordEnds::new(["ärzte"]).ends("herzte"));
    }
}
