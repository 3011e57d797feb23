// CSV files imported as text: esbuild's '.csv' loader inlines them into the CLI bundle.
declare module '*.csv' {
  const text: string;
  export default text;
}
