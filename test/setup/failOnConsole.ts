// Stray console output in tests hides real problems: make it a failure.
const methods = ['error', 'warn', 'log'] as const;
for (const method of methods) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called in a test: ${args.map(String).join(' ')}`);
  });
}
