// ESLint for the TypeScript sources: type-aware rules (floating promises need the types), unused
// imports and variables, and decorators that name their types (see `explicitDecoratorTypes`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// tsx and esbuild emit no decorator metadata, tsc and vitest do: a decorator that leaves its type
// to the metadata would behave differently under each. [decorator, index of its type thunk].
const typeThunks = [
  ['Field', 0],
  ['FieldResolver', 0],
  ['Query', 0],
  ['Mutation', 0],
  ['Args', 0],
  ['Arg', 1],
];
// MikroORM's relations also take the thunk as `entity` in their options: @ManyToMany({ entity: () => Gate }).
const relations = ['ManyToOne', 'OneToOne', 'OneToMany', 'ManyToMany', 'Embedded'];
const explicitDecoratorTypes = [
  ...typeThunks.map(([name, index]) => ({
    selector: `Decorator > CallExpression[callee.name='${name}']:not([arguments.${index}.type='ArrowFunctionExpression'])`,
    message: `@${name} must name its type with a thunk as argument ${index + 1}, e.g. @${name}(${index ? "'name', " : ''}() => String): tsx and esbuild emit no decorator metadata.`,
  })),
  {
    // A string names it too (the inverse sides do, so that two entity files never import each other).
    selector: `Decorator > CallExpression[callee.name=/^(${relations.join('|')})$/]:not([arguments.0.type='ArrowFunctionExpression']):not(:has(ObjectExpression > Property[key.name='entity'] > :matches(ArrowFunctionExpression, Literal)))`,
    message:
      "A MikroORM relation must name its entity with a thunk or a name, e.g. @ManyToOne(() => Province) or @OneToMany({ entity: 'Gate', mappedBy: 'province' }): tsx and esbuild emit no decorator metadata.",
  },
  {
    selector: "Decorator > CallExpression[callee.name=/^(Property|PrimaryKey)$/]:not(:has(Property[key.name='type']))",
    message: "MikroORM @Property/@PrimaryKey must name its column type, e.g. @Property({ type: 'string' }): tsx and esbuild emit no decorator metadata.",
  },
  {
    selector: "Decorator > CallExpression[callee.name='Enum']:not(:has(Property[key.name='items']))",
    message: 'MikroORM @Enum must name its items, e.g. @Enum({ items: () => Status }): tsx and esbuild emit no decorator metadata.',
  },
];

export default defineConfig(
  // test/ and bench/ are not linted yet: they hold 20 findings (mostly `any`) in files being rewritten.
  { ignores: ['dist/', 'node_modules/', 'sdk/generated/', 'playground/', 'coverage/', 'test-results/', 'test/', 'bench/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...explicitDecoratorTypes],
    },
  },
);
