using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Cli.Hosting;

StartupWarmup.StartInBackground(args, Environment.GetEnvironmentVariable);
return WsconfCli.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
