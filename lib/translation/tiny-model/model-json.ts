// The JSON files of the tiny model folder, shaped like a converted opus-mt checkpoint so
// transformers.js takes the same Marian code paths it takes for Xenova/opus-mt-id-en.
import { EOS_TOKEN, PAD_TOKEN, UNK_TOKEN, type TinyVocabulary } from "./vocabulary";

const MAX_LENGTH = 512;

export function modelConfig(vocab: TinyVocabulary): Record<string, unknown> {
  return {
    model_type: "marian",
    architectures: ["MarianMTModel"],
    is_encoder_decoder: true,
    vocab_size: vocab.pieces.length,
    d_model: 1,
    encoder_layers: 1,
    decoder_layers: 1,
    encoder_attention_heads: 1,
    decoder_attention_heads: 1,
    max_position_embeddings: MAX_LENGTH,
    decoder_start_token_id: vocab.padId,
    pad_token_id: vocab.padId,
    eos_token_id: vocab.eosId,
    forced_eos_token_id: vocab.eosId,
    max_length: MAX_LENGTH,
    num_beams: 1,
  };
}

export function generationConfig(vocab: TinyVocabulary): Record<string, unknown> {
  return {
    decoder_start_token_id: vocab.padId,
    pad_token_id: vocab.padId,
    eos_token_id: vocab.eosId,
    forced_eos_token_id: vocab.eosId,
    max_length: MAX_LENGTH,
    num_beams: 1,
  };
}

export function tokenizerConfig(): Record<string, unknown> {
  return {
    tokenizer_class: "MarianTokenizer",
    eos_token: EOS_TOKEN,
    unk_token: UNK_TOKEN,
    pad_token: PAD_TOKEN,
    model_max_length: MAX_LENGTH,
    padding_side: "right",
  };
}

function specialToken(id: number, content: string) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

export function tokenizerJson(vocab: TinyVocabulary): Record<string, unknown> {
  const metaspace = { replacement: "\u2581", prepend_scheme: "always", split: true };
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: [
      specialToken(vocab.eosId, EOS_TOKEN),
      specialToken(vocab.unkId, UNK_TOKEN),
      specialToken(vocab.padId, PAD_TOKEN),
    ],
    // The real model is cased; lowercasing lets sentence-initial capitals hit the table.
    normalizer: { type: "Lowercase" },
    pre_tokenizer: { type: "Metaspace", ...metaspace },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: EOS_TOKEN, type_id: 0 } }],
      pair: [
        { Sequence: { id: "A", type_id: 0 } },
        { Sequence: { id: "B", type_id: 0 } },
        { SpecialToken: { id: EOS_TOKEN, type_id: 0 } },
      ],
      special_tokens: { [EOS_TOKEN]: { id: EOS_TOKEN, ids: [vocab.eosId], tokens: [EOS_TOKEN] } },
    },
    decoder: { type: "Metaspace", ...metaspace },
    model: {
      type: "Unigram",
      unk_id: vocab.unkId,
      byte_fallback: false,
      // Equal scores: the lattice then prefers the fewest pieces, i.e. whole words.
      vocab: vocab.pieces.map((piece) => [piece, piece.startsWith("<") ? 0 : -1]),
    },
  };
}
