using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Plugins;

StartupWarmup.StartInBackground(args, Environment.GetEnvironmentVariable);

// ---- Plugin containment (Plugins/PluginHost.cs) ------------------------------------------------------------------
// Once plugins load: Console.Out/Console.Error are captured (plugin output is a warning on stderr, never part of
// stdout); a hang, an Environment.Exit or an exception on a plugin's own thread is reported naming the plugin; and the
// run ends with Environment.Exit, so a plugin's foreground thread cannot keep wsconf alive. Without plugins: nothing.
var plugins = PluginHost.ForProcess();
return plugins.Finish(WsconfCli.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, plugins: plugins));
