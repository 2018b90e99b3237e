import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What a hover, a type error and an API page print for the parsers' results: the model's name,
// not the ~190 lines of its inferred shape.
describe('model types print by name', () => {
  it('names the result of every parseX after its model', () => {
    const entry = fileURLToPath(new URL('../../src/model/index.ts', import.meta.url));
    const program = ts.createProgram([entry], {
      strict: true,
      exactOptionalPropertyTypes: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(entry);
    if (!source) throw new Error('no source');
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error('no module symbol');
    const printed: Record<string, string> = {};
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const name = symbol.getName();
      if (!/^parse[A-Z]/.test(name)) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, source);
      const [signature] = type.getCallSignatures();
      if (!signature) continue;
      printed[name] = checker.typeToString(signature.getReturnType());
    }
    expect(Object.keys(printed).length).toBeGreaterThanOrEqual(15);
    for (const [name, text] of Object.entries(printed)) {
      expect(text, name).toBe(name.slice('parse'.length));
    }
  }, 60_000);
});
