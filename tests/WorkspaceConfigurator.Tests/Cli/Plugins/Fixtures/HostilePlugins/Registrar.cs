using WorkspaceConfigurator.Contract;

namespace Fixtures.HostilePlugins;

/// <summary>
/// The one entry point: runs the behaviour named in hostile.txt beside this assembly (a file the test writes), so
/// that each test meets one misbehaviour. Behaviours are internal registrars, invisible to wsconf's loader.
/// </summary>
public sealed class Registrar : IProfileRegistrar
{
    private readonly IProfileRegistrar behaviour;

    public Registrar()
    {
        var name = File.ReadAllText(Path.Combine(Folder, "hostile.txt")).Trim();
        behaviour = name switch
        {
            "quiet" => new Quiet(),
            "loop-in-constructor" => Loop.Forever<IProfileRegistrar>(),
            "loop-in-register" => new LoopInRegister(),
            "loop-in-hook" => new LoopInHook(),
            "print" => new Print(),
            "exit-in-register" => new ExitInRegister(),
            "exit-zero-in-hook" => new ExitZeroInHook(),
            "foreground-thread" => new ForegroundThread(),
            "thread-throws" => new ThreadThrows(),
            "stack-overflow" => new StackOverflow(),
            "late-add-in-hook" => new LateAddInHook(),
            "late-add-from-thread" => new LateAddFromThread(),
            "add-null" => new AddNull(),
            "null-slug" => new NullSlug(),
            "null-display-name" => new NullDisplayName(),
            "null-hooks" => new NullHooks(),
            "static-constructor" => new StaticConstructor(),
            "asset" => new AssetReader(),
            _ => throw new InvalidOperationException($"unknown behaviour '{name}'"),
        };
    }

    /// <summary>The folder this assembly was loaded from.</summary>
    public static string Folder => Path.GetDirectoryName(typeof(Registrar).Assembly.Location)!;

    public void Register(IProfileRegistry registry) => behaviour.Register(registry);
}
