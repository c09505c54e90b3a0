using System.Text;
using DocSchema.Cli;
using DocSchema.Generated;

// UTF-8 without a BOM whatever the console's code page: JSON consumers expect it. The writers are
// not disposed: CliApplication flushes standard output, and disposing would retry a write to a
// closed pipe.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);
var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };

return new CliApplication(DocSchemaRegistry.All, Console.OpenStandardInput(), stdout, stderr).Run(args);
