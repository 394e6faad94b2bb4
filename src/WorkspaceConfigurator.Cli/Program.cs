using System.Runtime.InteropServices;
using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Plugins;

// ---- The native binary and plugins (Hosting/ManagedHandoff.cs) -------------------------------------------------------
// Plugins are assemblies loaded at run time, which only the managed build can do: the native binary hands a run
// that names plugin folders to the managed build beside it, before doing anything else. The managed build runs
// everything itself.
if (ManagedHandoff.Wanted(args, Environment.GetEnvironmentVariable))
{
    return ManagedHandoff.Run(args, Environment.GetEnvironmentVariable, Console.Error);
}

// ---- Plugin containment (Plugins/PluginHost.cs) ------------------------------------------------------------------
// Once plugins load: Console.Out/Console.Error are captured (plugin output is a warning on stderr, never part of
// stdout); a hang, an Environment.Exit or an exception on a plugin's own thread is reported naming the plugin; and the
// run ends with Environment.Exit, so a plugin's foreground thread cannot keep wsconf alive. Without plugins: nothing.
var plugins = PluginHost.ForProcess();

// Ctrl-C and kill delete this run's temporary files first, then end the process as the signal would (128 + its
// number); while profile folders are being swapped, they wait until the swaps are done. The handlers are set up
// when the first temporary is made; they live as long as the process.
var signals = new List<PosixSignalRegistration>();
TempFiles temps = null!;
temps = new TempFiles(() =>
{
    signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => EndOnSignal(context, 2)));
    signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => EndOnSignal(context, 15)));
});

return plugins.Finish(WsconfCli.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, plugins: plugins, temps: temps));

void EndOnSignal(PosixSignalContext context, int number)
{
    context.Cancel = true;

    // The exit that follows is the signal's, not a plugin's.
    plugins.NoteSignal();
    temps.End(128 + number, Environment.Exit);
}
