// npm run model:tiny [dir] — writes the tiny word-table test model (default ./.tmp/models)
// so e2e runs and manual checks can use the neural path without the real model.
import { buildTinyModel } from "../lib/translation/tiny-model/build-tiny-model";

async function main(): Promise<void> {
  const { modelId, modelsDir } = await buildTinyModel(process.argv[2] ?? "./.tmp/models");
  console.log(`Tiny model ${modelId} is in ${modelsDir}`);
  console.log(`Use it with: MODELS_DIR=${modelsDir} TRANSLATION_MODEL=${modelId} ALLOW_REMOTE_MODELS=false`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
