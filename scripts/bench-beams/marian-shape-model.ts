// A Marian model folder with the real opus-mt-id-en's shape (d_model 512, 8 heads, 6+6
// layers, FFN 2048, vocabulary ~54k) and random weights, so `npm run bench:beams` measures
// the cost of generation on CPU without the real model. The graphs do the real model's
// work per step: self-attention over a growing cache, cross-attention over encoder keys
// cached after the first step (an If on use_cache_branch, like the merged decoder), the
// FFN and the output projection over the whole vocabulary. Weights are fp32, not q8.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import onnxProto from "onnx-proto";
import type { onnx as proto } from "onnx-proto";

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const BOOL = onnx.TensorProto.DataType.BOOL;

export type MarianShape = { dModel: number; heads: number; layers: number; ffn: number; vocab: number };
export const OPUS_MT_SHAPE: MarianShape = { dModel: 512, heads: 8, layers: 6, ffn: 2048, vocab: 54_000 };

type Dim = number | string;
const info = (name: string, type: number, dims: readonly Dim[]): proto.IValueInfoProto => ({
  name,
  type: { tensorType: { elemType: type, shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } } },
});

class Graph {
  nodes: proto.INodeProto[] = [];
  initializers: proto.ITensorProto[] = [];
  private count = 0;
  constructor(private readonly prefix: string, private readonly shared?: Graph) {}

  weight(dims: number[], scale = 0.05): string {
    const size = dims.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++) values[i] = (Math.random() - 0.5) * scale;
    return this.tensor({ dataType: FLOAT, dims, rawData: new Uint8Array(values.buffer) });
  }
  ones(size: number): string {
    return this.tensor({ dataType: FLOAT, dims: [size], rawData: new Uint8Array(new Float32Array(size).fill(1).buffer) });
  }
  ints(values: number[], dims = [values.length]): string {
    return this.tensor({ dataType: INT64, dims, int64Data: values });
  }
  float(value: number): string {
    return this.tensor({ dataType: FLOAT, dims: [], floatData: [value] });
  }
  private tensor(t: proto.ITensorProto): string {
    const owner = this.shared ?? this;
    const name = `${this.prefix}w${owner.initializers.length}`;
    owner.initializers.push({ ...t, name });
    return name;
  }
  op(type: string, inputs: string[], attributes: proto.IAttributeProto[] = [], outputs?: string[]): string {
    const out = outputs ?? [`${this.prefix}t${this.count++}`];
    this.nodes.push({ opType: type, name: out[0], input: inputs, output: out, attribute: attributes });
    return out[0]!;
  }
}

const intAttr = (name: string, i: number) => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
const intsAttr = (name: string, ints: number[]) => ({ name, type: onnx.AttributeProto.AttributeType.INTS, ints });

function linear(g: Graph, x: string, from: number, to: number): string {
  return g.op("Add", [g.op("MatMul", [x, g.weight([from, to])]), g.weight([to], 0.01)]);
}
/** [B, L, d] → [B, heads, L, d/heads] */
function splitHeads(g: Graph, x: string, s: MarianShape): string {
  return g.op("Transpose", [g.op("Reshape", [x, g.ints([0, 0, s.heads, s.dModel / s.heads])])], [intsAttr("perm", [0, 2, 1, 3])]);
}
function attend(g: Graph, q: string, k: string, v: string, maskBias: string | null, s: MarianShape): string {
  const scores = g.op("Mul", [g.op("MatMul", [q, g.op("Transpose", [k], [intsAttr("perm", [0, 1, 3, 2])])]), g.float(1 / Math.sqrt(s.dModel / s.heads))]);
  const probs = g.op("Softmax", [maskBias ? g.op("Add", [scores, maskBias]) : scores], [intAttr("axis", -1)]);
  const merged = g.op("Reshape", [g.op("Transpose", [g.op("MatMul", [probs, v])], [intsAttr("perm", [0, 2, 1, 3])]), g.ints([0, 0, s.dModel])]);
  return linear(g, merged, s.dModel, s.dModel);
}
function addNorm(g: Graph, x: string, y: string, s: MarianShape): string {
  return g.op("LayerNormalization", [g.op("Add", [x, y]), g.ones(s.dModel), g.weight([s.dModel], 0)], [intAttr("axis", -1)]);
}
function feedForward(g: Graph, x: string, s: MarianShape): string {
  return linear(g, g.op("Relu", [linear(g, x, s.dModel, s.ffn)]), s.ffn, s.dModel);
}
function maskBias(g: Graph, mask: string): string {
  const inverted = g.op("Sub", [g.float(1), g.op("Cast", [mask], [intAttr("to", FLOAT)])]);
  return g.op("Unsqueeze", [g.op("Mul", [inverted, g.float(-1e4)]), g.ints([1, 2])]);
}
function embed(g: Graph, ids: string, start: string, s: MarianShape): string {
  const tokens = g.op("Mul", [g.op("Gather", [g.weight([s.vocab, s.dModel]), ids]), g.float(Math.sqrt(s.dModel))]);
  const length = g.op("Gather", [g.op("Shape", [ids]), g.ints([1], [])]);
  const positions = g.op("Range", [start, g.op("Add", [start, length]), g.ints([1], [])]);
  return g.op("Add", [tokens, g.op("Gather", [g.weight([1024, s.dModel]), positions])]);
}
function encodeModel(name: string, g: Graph, inputs: proto.IValueInfoProto[], outputs: proto.IValueInfoProto[]): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: "selaras-bench",
    opsetImport: [{ domain: "", version: 17 }],
    graph: { name, input: inputs, output: outputs, initializer: g.initializers, node: g.nodes },
  });
  return onnx.ModelProto.encode(model).finish();
}

export function encoderGraph(s: MarianShape): Uint8Array {
  const g = new Graph("e");
  let x = embed(g, "input_ids", g.ints([0], []), s);
  const bias = maskBias(g, "attention_mask");
  for (let l = 0; l < s.layers; l++) {
    const [q, k, v] = [0, 1, 2].map(() => splitHeads(g, linear(g, x, s.dModel, s.dModel), s));
    x = addNorm(g, x, attend(g, q!, k!, v!, bias, s), s);
    x = addNorm(g, x, feedForward(g, x, s), s);
  }
  g.op("Identity", [x], [], ["last_hidden_state"]);
  return encodeModel("encoder", g, [info("input_ids", INT64, ["batch_size", "seq"]), info("attention_mask", INT64, ["batch_size", "seq"])], [info("last_hidden_state", FLOAT, ["batch_size", "seq", s.dModel])]);
}

export function decoderGraph(s: MarianShape): Uint8Array {
  const g = new Graph("d");
  const kv = s.dModel / s.heads;
  const inputs = [
    info("input_ids", INT64, ["batch_size", "decoder_seq"]),
    info("encoder_attention_mask", INT64, ["batch_size", "encoder_seq"]),
    info("encoder_hidden_states", FLOAT, ["batch_size", "encoder_seq", s.dModel]),
  ];
  const outputs = [info("logits", FLOAT, ["batch_size", "decoder_seq", s.vocab])];
  const pastLength = g.op("Gather", [g.op("Shape", ["past_key_values.0.decoder.key"]), g.ints([2], [])]);
  let x = embed(g, "input_ids", pastLength, s);
  const crossBias = maskBias(g, "encoder_attention_mask");
  for (let l = 0; l < s.layers; l++) {
    const past = (kind: string) => `past_key_values.${l}.${kind}`;
    for (const kind of ["decoder.key", "decoder.value", "encoder.key", "encoder.value"]) {
      const seq = kind.startsWith("decoder") ? "past_decoder_seq" : "encoder_seq_out";
      inputs.push(info(past(kind), FLOAT, ["batch_size", s.heads, seq, kv]));
      outputs.push(info(`present.${l}.${kind}`, FLOAT, ["batch_size", s.heads, kind.startsWith("decoder") ? "total_seq" : "encoder_seq_out", kv]));
    }
    const q = splitHeads(g, linear(g, x, s.dModel, s.dModel), s);
    const k = g.op("Concat", [past("decoder.key"), splitHeads(g, linear(g, x, s.dModel, s.dModel), s)], [intAttr("axis", 2)], [`present.${l}.decoder.key`]);
    const v = g.op("Concat", [past("decoder.value"), splitHeads(g, linear(g, x, s.dModel, s.dModel), s)], [intAttr("axis", 2)], [`present.${l}.decoder.value`]);
    x = addNorm(g, x, attend(g, q, k, v, null, s), s);
    const crossQ = splitHeads(g, linear(g, x, s.dModel, s.dModel), s);
    const [crossK, crossV] = ["key", "value"].map((kind) => crossCache(g, l, kind, s));
    x = addNorm(g, x, attend(g, crossQ, crossK!, crossV!, crossBias, s), s);
    x = addNorm(g, x, feedForward(g, x, s), s);
  }
  inputs.push(info("use_cache_branch", BOOL, [1]));
  const flat = g.op("Reshape", [x, g.ints([-1, s.dModel])]);
  const projected = g.op("Gemm", [flat, g.weight([s.vocab, s.dModel])], [intAttr("transB", 1)]);
  const shape = g.op("Concat", [g.op("Shape", ["input_ids"]), g.ints([s.vocab])], [intAttr("axis", 0)]);
  g.op("Reshape", [projected, shape], [], ["logits"]);
  return encodeModel("decoder_merged", g, inputs, outputs);
}

/** The encoder's keys or values for one layer: computed on the first step, then carried in the cache. */
function crossCache(g: Graph, layer: number, kind: string, s: MarianShape): string {
  const name = `present.${layer}.encoder.${kind}`;
  const fresh = new Graph(`c${layer}${kind[0]}`, g);
  fresh.op("Identity", [splitHeads(fresh, linear(fresh, "encoder_hidden_states", s.dModel, s.dModel), s)], [], [`${name}_fresh`]);
  const cached = new Graph(`k${layer}${kind[0]}`, g);
  cached.op("Identity", [`past_key_values.${layer}.encoder.${kind}`], [], [`${name}_cached`]);
  const branch = (graph: Graph, out: string): proto.IAttributeProto["g"] => ({ name: out, node: graph.nodes, output: [{ name: out, type: { tensorType: { elemType: FLOAT } } }], input: [], initializer: [] });
  g.nodes.push({
    opType: "If",
    name,
    input: ["use_cache_branch"],
    output: [name],
    attribute: [
      { name: "then_branch", type: onnx.AttributeProto.AttributeType.GRAPH, g: branch(cached, `${name}_cached`) },
      { name: "else_branch", type: onnx.AttributeProto.AttributeType.GRAPH, g: branch(fresh, `${name}_fresh`) },
    ],
  });
  return name;
}

/** Writes `<dir>/<modelId>/` with config, tokenizer (pieces from `words`, then fillers) and both graphs. */
export async function writeMarianShapeModel(dir: string, modelId: string, s: MarianShape, words: readonly string[]): Promise<string> {
  const root = path.join(dir, modelId);
  await mkdir(path.join(root, "onnx"), { recursive: true });
  const specials = ["</s>", "<unk>", "<pad>"];
  const chars = [..."abcdefghijklmnopqrstuvwxyz0123456789.,?!\"'()-:;"];
  const pieces = [...new Set([...specials, ...words.map((w) => `\u2581${w}`), ...chars, ...chars.map((c) => `\u2581${c}`)])].slice(0, s.vocab);
  for (let i = 0; pieces.length < s.vocab; i++) pieces.push(`\u2581zz${i}`);
  const ids = { eos: 0, unk: 1, pad: 2 };
  const config = {
    model_type: "marian", architectures: ["MarianMTModel"], is_encoder_decoder: true, vocab_size: s.vocab, d_model: s.dModel,
    encoder_layers: s.layers, decoder_layers: s.layers, encoder_attention_heads: s.heads, decoder_attention_heads: s.heads,
    encoder_ffn_dim: s.ffn, decoder_ffn_dim: s.ffn, max_position_embeddings: 512, decoder_start_token_id: ids.pad,
    pad_token_id: ids.pad, eos_token_id: ids.eos, forced_eos_token_id: ids.eos, max_length: 512, num_beams: 1,
  };
  const metaspace = { replacement: "\u2581", prepend_scheme: "always", split: true };
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const tokenizer = {
    version: "1.0", truncation: null, padding: null,
    added_tokens: specials.map((t, i) => special(i, t)),
    normalizer: { type: "Lowercase" }, pre_tokenizer: { type: "Metaspace", ...metaspace }, decoder: { type: "Metaspace", ...metaspace },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "</s>", type_id: 0 } }],
      pair: [{ Sequence: { id: "A", type_id: 0 } }, { Sequence: { id: "B", type_id: 0 } }, { SpecialToken: { id: "</s>", type_id: 0 } }],
      special_tokens: { "</s>": { id: "</s>", ids: [ids.eos], tokens: ["</s>"] } },
    },
    model: { type: "Unigram", unk_id: ids.unk, byte_fallback: false, vocab: pieces.map((p) => [p, p.startsWith("<") ? 0 : -1]) },
  };
  const tokenizerConfig = { tokenizer_class: "MarianTokenizer", eos_token: "</s>", unk_token: "<unk>", pad_token: "<pad>", model_max_length: 512 };
  const json = (v: unknown) => JSON.stringify(v);
  await writeFile(path.join(root, "config.json"), json(config));
  await writeFile(path.join(root, "generation_config.json"), json({ decoder_start_token_id: ids.pad, pad_token_id: ids.pad, eos_token_id: ids.eos, max_length: 512 }));
  await writeFile(path.join(root, "tokenizer.json"), json(tokenizer));
  await writeFile(path.join(root, "tokenizer_config.json"), json(tokenizerConfig));
  await writeFile(path.join(root, "onnx/encoder_model.onnx"), encoderGraph(s));
  await writeFile(path.join(root, "onnx/decoder_model_merged.onnx"), decoderGraph(s));
  return root;
}
