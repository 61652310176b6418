// The tiny model's two ONNX graphs, with the input and output names transformers.js uses
// for Marian (encoder_model.onnx and decoder_model_merged.onnx).
//
// The trick: the encoder's hidden state *is* the source token ids (d_model = 1), and the
// decoder's key cache grows by one per step, so its length is the step counter k. At step
// k the decoder reads source token k, maps it through the word table and emits it as
// one-hot logits. Greedy search then copies the sentence word for word and stops on the
// source's own </s>. Everything the real model exercises (tokenizer, both sessions, the
// cache, batching with padding, decoding) runs for real.
import { FLOAT, INT64, encodeModel, floatTensor, int64Tensor, node, valueInfo } from "./onnx-graph";

/** The one cache entry the decoder declares; transformers.js feeds only what a graph declares. */
export const PAST_KEY = "past_key_values.0.decoder.key";
export const PRESENT_KEY = "present.0.decoder.key";

// transformers.js resolves a cache input's "batch_size" axis and starts every other
// named axis at 0, which is how the first step gets an empty past.
const BATCH = "batch_size";

export function encoderGraph(): Uint8Array {
  return encodeModel({
    name: "tiny_marian_encoder",
    inputs: [
      valueInfo("input_ids", INT64, [BATCH, "encoder_sequence_length"]),
      // Declared so the pipeline feeds it like the real model; padding needs no masking here
      // because the decoder stops at </s> before it reaches any <pad>.
      valueInfo("attention_mask", INT64, [BATCH, "encoder_sequence_length"]),
    ],
    outputs: [valueInfo("last_hidden_state", FLOAT, [BATCH, "encoder_sequence_length", 1])],
    initializers: [int64Tensor("axis_2", [2], [1])],
    nodes: [
      node("Cast", ["input_ids"], "ids_as_float", [{ name: "to", int: FLOAT }]),
      node("Unsqueeze", ["ids_as_float", "axis_2"], "last_hidden_state"),
    ],
  });
}

export function decoderGraph(targetIdOf: readonly number[]): Uint8Array {
  const vocabSize = targetIdOf.length;
  return encodeModel({
    name: "tiny_marian_decoder",
    inputs: [
      valueInfo("input_ids", INT64, [BATCH, "decoder_sequence_length"]),
      valueInfo("encoder_attention_mask", INT64, [BATCH, "encoder_sequence_length"]),
      valueInfo("encoder_hidden_states", FLOAT, [BATCH, "encoder_sequence_length", 1]),
      valueInfo(PAST_KEY, FLOAT, [BATCH, 1, "past_decoder_sequence_length", 1]),
    ],
    outputs: [
      valueInfo("logits", FLOAT, [BATCH, "decoder_sequence_length", vocabSize]),
      valueInfo(PRESENT_KEY, FLOAT, [BATCH, 1, "past_decoder_sequence_length + 1", 1]),
    ],
    initializers: [
      int64Tensor("one", [1], []),
      int64Tensor("two", [2], []),
      int64Tensor("axes_1_3", [1, 3], [2]),
      int64Tensor("axis_2", [2], [1]),
      int64Tensor("depth", [vocabSize], [1]),
      int64Tensor("target_id_of", targetIdOf, [vocabSize]),
      floatTensor("off_on", [0, 1], [2]),
    ],
    nodes: [
      // present = past ++ this step's tokens; its length is the next step's counter.
      node("Cast", ["input_ids"], "step_as_float", [{ name: "to", int: FLOAT }]),
      node("Unsqueeze", ["step_as_float", "axes_1_3"], "step_key"),
      node("Concat", [PAST_KEY, "step_key"], PRESENT_KEY, [{ name: "axis", int: 2 }]),
      // positions = past_len .. past_len + t - 1, clamped to the last source position.
      node("Shape", [PAST_KEY], "past_shape"),
      node("Gather", ["past_shape", "two"], "past_len", [{ name: "axis", int: 0 }]),
      node("Shape", ["input_ids"], "step_shape"),
      node("Gather", ["step_shape", "one"], "step_len", [{ name: "axis", int: 0 }]),
      node("Add", ["past_len", "step_len"], "end"),
      node("Range", ["past_len", "end", "one"], "positions"),
      node("Shape", ["encoder_hidden_states"], "source_shape"),
      node("Gather", ["source_shape", "one"], "source_len", [{ name: "axis", int: 0 }]),
      node("Sub", ["source_len", "one"], "last_position"),
      node("Min", ["positions", "last_position"], "clamped"),
      // Read the source ids back out of the hidden state and translate them.
      node("Squeeze", ["encoder_hidden_states", "axis_2"], "source_as_float"),
      node("Cast", ["source_as_float"], "source_ids", [{ name: "to", int: INT64 }]),
      node("Gather", ["source_ids", "clamped"], "read_ids", [{ name: "axis", int: 1 }]),
      node("Gather", ["target_id_of", "read_ids"], "emit_ids", [{ name: "axis", int: 0 }]),
      node("OneHot", ["emit_ids", "depth", "off_on"], "logits", [{ name: "axis", int: -1 }]),
    ],
  });
}
