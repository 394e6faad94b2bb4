using WorkspaceConfigurator.Contract;

namespace Fixtures.HostilePlugins;

/// <summary>A plain, well-behaved profile: what each behaviour adds to, or breaks.</summary>
public class HostileProfile(string slug) : Profile
{
    public override string Slug => slug;

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, $"Hostile {slug}");
        settings.Set(CoreSettings.Description, "a profile of a hostile plugin");
        settings.Set(CoreSettings.Image, "ghcr.io/example/hostile:1.0");
    }
}

internal static class Loop
{
    private static long spins;

    /// <summary>An endless loop: never returns, never throws.</summary>
    public static T Forever<T>()
    {
        while (true)
        {
            Interlocked.Increment(ref spins);
        }
    }
}

internal sealed class Quiet : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new HostileProfile("hostile-quiet"));
}

internal sealed class LoopInRegister : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => Loop.Forever<int>();
}

internal sealed class LoopInHook : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new Looping());

    private sealed class Looping() : HostileProfile("hostile-loop")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => Loop.Forever<IEnumerable<VolumeSpec>>();
    }
}

/// <summary>Prints from Register, from the settings and from a hook (lazily, while wsconf enumerates the result).</summary>
internal sealed class Print : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        Console.WriteLine("registering the hostile profiles");
        registry.Add(new Chatty());
    }

    private sealed class Chatty() : HostileProfile("hostile-chatty")
    {
        protected override void Declare(SettingDefaults settings)
        {
            Console.Out.Write("declaring ");
            Console.Out.WriteLine("settings");
            base.Declare(settings);
        }

        protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context)
        {
            Console.WriteLine("env: \u001b[31mred\u001b[0m\nsecond line");
            Console.Error.WriteLine("a note on standard error");
            yield return new("HOSTILE", "1");
        }
    }
}

internal sealed class ExitInRegister : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => Environment.Exit(3);
}

internal sealed class ExitZeroInHook : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new Exiting());

    private sealed class Exiting() : HostileProfile("hostile-exit")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context)
        {
            Environment.Exit(0);
            return [];
        }
    }
}

/// <summary>Leaves a foreground thread behind that never ends.</summary>
internal sealed class ForegroundThread : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = false, Name = "hostile foreground" }.Start();
        registry.Add(new HostileProfile("hostile-foreground"));
    }
}

internal sealed class ThreadThrows : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        var thread = new Thread(() => throw new InvalidOperationException("background sync failed")) { Name = "hostile sync" };
        thread.Start();
        thread.Join();
        Thread.Sleep(Timeout.Infinite);
    }
}

internal sealed class StackOverflow : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new Recursing());

    private sealed class Recursing() : HostileProfile("hostile-recursion")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => Deeper(context, 0);

        private static IEnumerable<VolumeSpec> Deeper(ProfileContext context, int depth) => depth < 0 ? [] : Deeper(context, depth + 1).ToList();
    }
}

/// <summary>Keeps the registry and adds to it from a hook, after Register has returned.</summary>
internal sealed class LateAddInHook : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new Adding(registry));

    private sealed class Adding(IProfileRegistry registry) : HostileProfile("hostile-late-add")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context)
        {
            registry.Add(new HostileProfile("hostile-added-late"));
            return [];
        }
    }
}

/// <summary>Adds from a thread of its own once wsconf has moved on: the thread waits until a hook runs.</summary>
internal sealed class LateAddFromThread : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        var go = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            go.Wait();
            registry.Add(new HostileProfile("hostile-added-late"));
        }) { IsBackground = true, Name = "hostile late add" };
        thread.Start();
        registry.Add(new Waiting(go, thread));
    }

    private sealed class Waiting(ManualResetEventSlim go, Thread thread) : HostileProfile("hostile-late-thread")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context)
        {
            go.Set();
            thread.Join();
            Thread.Sleep(Timeout.Infinite);
            return [];
        }
    }
}

internal sealed class AddNull : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(null!);
}

internal sealed class NullSlug : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new NoSlug());

    private sealed class NoSlug() : HostileProfile("unused")
    {
        public override string Slug => null!;
    }
}

internal sealed class NullDisplayName : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new NoName());

    private sealed class NoName() : HostileProfile("hostile-null-name")
    {
        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, null!);
        }
    }
}

/// <summary>One profile per null a hook can give where the contract says non-null.</summary>
internal sealed class NullHooks : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new NullEnvValue());
        registry.Add(new NullEnvName());
        registry.Add(new NullVolumes());
        registry.Add(new NullVolumeItem());
        registry.Add(new NullVolumeName());
        registry.Add(new NullNodeSelectorValue());
    }

    private sealed class NullEnvValue() : HostileProfile("null-env-value")
    {
        protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) => [new("SITE_TOKEN", null!)];
    }

    private sealed class NullEnvName() : HostileProfile("null-env-name")
    {
        protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) => [new(null!, "x")];
    }

    private sealed class NullVolumes() : HostileProfile("null-volumes")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => null!;
    }

    private sealed class NullVolumeItem() : HostileProfile("null-volume-item")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [Volume("data"), null!];
    }

    private sealed class NullVolumeName() : HostileProfile("null-volume-name")
    {
        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [Volume(null!)];
    }

    private sealed class NullNodeSelectorValue() : HostileProfile("null-node-selector")
    {
        protected override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) => [new("disktype", null!)];
    }

    private static VolumeSpec Volume(string name) =>
        new()
        {
            Name = name,
            ClaimName = "claim-{{ spawner.user.name }}",
            Size = Quantity.Parse("1Gi"),
            StorageClass = "standard",
            AccessModes = ValueList.Of(AccessMode.ReadWriteOnce),
            MountPath = "/data",
            Persist = true,
        };
}

/// <summary>A profile class whose static constructor throws, created inside Register.</summary>
internal sealed class StaticConstructor : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new Unlucky());
}

public sealed class Unlucky() : HostileProfile("hostile-unlucky")
{
    private static readonly string Licence = ReadLicence();

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.Description, Licence);
    }

    private static string ReadLicence() => throw new InvalidOperationException("licence server unreachable");
}

/// <summary>
/// A profile whose bash rc is a file beside the .dll (the tests make it a link out of the folder, or invalid UTF-8),
/// and two whose bash rc is embedded: not UTF-8, and UTF-8 holding a real U+FFFD.
/// </summary>
internal sealed class AssetReader : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new WithAsset("hostile-asset", "config_maps/hostile-asset/bash-rc"));
        registry.Add(new WithAsset("hostile-embedded-not-utf8", "embedded/not-utf8"));
        registry.Add(new WithAsset("hostile-embedded-replacement", "embedded/replacement-character"));
    }

    private sealed class WithAsset(string slug, string bashrc) : HostileProfile(slug)
    {
        public override string? BashrcPath => bashrc;
    }
}
