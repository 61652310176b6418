// Small builders over onnx-proto so the encoder and decoder graphs read as a list of ops.
// onnx-proto is CommonJS with a single `onnx` namespace on its export object.
import onnxProto from "onnx-proto";
import type { onnx as proto } from "onnx-proto";

const { onnx } = onnxProto;

export const FLOAT = onnx.TensorProto.DataType.FLOAT;
export const INT64 = onnx.TensorProto.DataType.INT64;
type ElementType = proto.TensorProto.DataType;

/** A dimension: a number is fixed, a string is a named dynamic axis. */
export type Dim = number | string;

const OPSET = 17;
// IR 8 is what opset 17 needs and what this onnx-proto release describes.
const IR_VERSION = 8;

export function valueInfo(name: string, elemType: ElementType, dims: readonly Dim[]): proto.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

export function int64Tensor(name: string, values: readonly number[], dims: readonly number[]): proto.ITensorProto {
  return { name, dataType: INT64, dims: [...dims], int64Data: [...values] };
}

export function floatTensor(name: string, values: readonly number[], dims: readonly number[]): proto.ITensorProto {
  return { name, dataType: FLOAT, dims: [...dims], floatData: [...values] };
}

type Attribute = { name: string; int?: number; tensor?: proto.ITensorProto };

export function node(
  opType: string,
  inputs: readonly string[],
  output: string,
  attributes: readonly Attribute[] = [],
): proto.INodeProto {
  return {
    opType,
    name: output,
    input: [...inputs],
    output: [output],
    attribute: attributes.map((a) =>
      a.tensor
        ? { name: a.name, type: onnx.AttributeProto.AttributeType.TENSOR, t: a.tensor }
        : { name: a.name, type: onnx.AttributeProto.AttributeType.INT, i: a.int ?? 0 },
    ),
  };
}

export type GraphSpec = {
  name: string;
  inputs: proto.IValueInfoProto[];
  outputs: proto.IValueInfoProto[];
  initializers: proto.ITensorProto[];
  nodes: proto.INodeProto[];
};

/** Serialises a graph as a complete ONNX model file. */
export function encodeModel(spec: GraphSpec): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    producerName: "selaras-tiny-model",
    opsetImport: [{ domain: "", version: OPSET }],
    graph: {
      name: spec.name,
      input: spec.inputs,
      output: spec.outputs,
      initializer: spec.initializers,
      node: spec.nodes,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
