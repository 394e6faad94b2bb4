using WorkspaceConfigurator.Cli;

return WsconfCli.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
