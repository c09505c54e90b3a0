using System.Runtime.InteropServices;
using System.Text;
using DocSchema.Cli;
using DocSchema.Generated;

// UTF-8 without a BOM whatever the console's code page: JSON consumers expect it. The writers are
// not disposed: CliApplication flushes standard output, and disposing would retry a write to a
// closed pipe.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);
var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };

// The first Ctrl-C (or SIGTERM) asks for a clean stop: no new document is started and every line
// written is complete. A second one ends the process at once, as usual.
using var interrupt = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    if (interrupt.IsCancellationRequested) return;
    context.Cancel = true;
    interrupt.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var application = new CliApplication(DocSchemaRegistry.All, Console.OpenStandardInput(), stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected);
return application.Run(args, interrupt.Token);
