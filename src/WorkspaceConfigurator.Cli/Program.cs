using System.Runtime.InteropServices;
using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Cli.Hosting;

// Ctrl-C and kill delete this run's temporary files first, then end the process as the signal would (128 + its
// number); while profile folders are being swapped, they wait until the swaps are done.
var temps = new TempFiles();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => EndOnSignal(context, 2));
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => EndOnSignal(context, 15));

StartupWarmup.StartInBackground(args, Environment.GetEnvironmentVariable);
return WsconfCli.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, temps: temps);

void EndOnSignal(PosixSignalContext context, int number)
{
    context.Cancel = true;
    temps.End(128 + number, Environment.Exit);
}
