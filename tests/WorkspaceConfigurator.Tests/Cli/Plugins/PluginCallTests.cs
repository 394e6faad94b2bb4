using System.Reflection;
using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Profiles;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>The plugin-call tracker, the watchdog that reads it, and the guard every plugin profile is built through.</summary>
public sealed class PluginCallTests
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void Calls_nest_and_each_scope_restores_the_enclosing_call()
    {
        var calls = new PluginCalls();

        using (calls.Enter("/p/Site.dll", null, "Site.Registrar.Register"))
        {
            using (calls.Enter("/p/Site.dll", null, "Slug and Aliases of profile class Site.P"))
            {
                calls.Current!.Member.Should().Be("Slug and Aliases of profile class Site.P");
                calls.Current.Outer!.Member.Should().Be("Site.Registrar.Register");
            }

            calls.Current!.Member.Should().Be("Site.Registrar.Register");
        }

        calls.Current.Should().BeNull();
    }

    [Fact]
    public void A_call_reads_as_an_action_and_as_a_context()
    {
        var call = new PluginCall("/p/Site.dll", "coder-site", "hook Volumes", 0, 1, null);

        call.Action.Should().Be("hook Volumes of profile 'coder-site'");
        call.Context.Should().Be("profile 'coder-site', hook Volumes");
    }

    [Fact]
    public void The_watchdog_names_the_call_that_overran_its_limit()
    {
        var calls = new PluginCalls();
        PluginCall? overdue = null;
        using var reported = new ManualResetEventSlim();
        new PluginWatchdog(() => calls.Current, TimeSpan.FromMilliseconds(200), call =>
        {
            overdue = call;
            reported.Set();
        }).Start();

        using (calls.Enter("/p/Site.dll", null, "Site.Registrar.Register"))
        {
            using (calls.Enter("/p/Site.dll", "site", "hook Volumes"))
            {
                reported.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue("the watchdog reports a call past its limit");
            }
        }

        overdue!.Member.Should().Be("hook Volumes");
    }

    [Fact]
    public void The_watchdog_says_nothing_while_calls_return_in_time()
    {
        var calls = new PluginCalls();
        var reported = false;
        new PluginWatchdog(() => calls.Current, TimeSpan.FromSeconds(1), _ => reported = true).Start();

        for (var i = 0; i < 20; i++)
        {
            using (calls.Enter("/p/Site.dll", null, "Site.Registrar.Register"))
            {
                Thread.Sleep(20);
            }
        }

        Thread.Sleep(300);
        reported.Should().BeFalse();
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("", 30)]
    [InlineData("5", 5)]
    [InlineData(" 120 ", 120)]
    public void The_limit_is_read_from_the_environment(string? value, int seconds) =>
        PluginWatchdog.LimitFrom(_ => value).Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void A_limit_of_0_turns_the_watchdog_off() => PluginWatchdog.LimitFrom(_ => "0").Should().BeNull();

    [Fact]
    public void Every_hook_and_every_property_the_build_reads_runs_through_the_guard()
    {
        var hooks = typeof(Profile).GetMethods(Instance)
            .Where(m => m.DeclaringType == typeof(Profile) && m.IsVirtual && m.GetParameters() is [{ ParameterType: var type }] && type == typeof(ProfileContext))
            .ToList();
        hooks.Should().HaveCountGreaterThan(10);
        foreach (var hook in hooks)
        {
            typeof(GuardedProfile).GetMethod(hook.Name, Instance, [typeof(ProfileContext)])!.DeclaringType.Should().Be(typeof(GuardedProfile), $"{hook.Name} must run as a plugin call");
        }

        foreach (var property in new[] { nameof(Profile.Slug), nameof(Profile.BashLoginPath), nameof(Profile.BashrcPath), nameof(Profile.InitScriptPath), "AssetOwner" })
        {
            typeof(GuardedProfile).GetProperty(property, Instance)!.DeclaringType.Should().Be(typeof(GuardedProfile), $"{property} is read by the build");
        }
    }

    [Fact]
    public void A_registrar_that_keeps_the_registry_cannot_add_after_register()
    {
        var registry = new ProfileRegistry();
        var keeper = new Keeper();
        registry.Register(keeper, "/p/Site.dll");

        var add = () => keeper.Kept!.Add(new Site());

        add.Should().Throw<ProfileException>().WithMessage(
            $"plugin '/p/Site.dll': registry.Add(profile class {typeof(Site).FullName}) came after {typeof(Keeper).FullName}.Register had returned*");
        registry.All.Should().BeEmpty();
    }

    [Fact]
    public void A_registrar_cannot_add_from_a_thread_of_its_own_while_register_runs()
    {
        var registry = new ProfileRegistry();
        var threaded = new Threaded();

        registry.Register(threaded, "/p/Site.dll");

        threaded.Failure.Should().BeOfType<ProfileException>().Which.Message.Should().StartWith(
            $"plugin '/p/Site.dll': registry.Add(profile class {typeof(Site).FullName}) came from a thread of its own while {typeof(Threaded).FullName}.Register ran");
        registry.All.Should().BeEmpty();
    }

    [Fact]
    public void Plugin_profiles_are_known_by_their_plugin_and_built_ins_are_not()
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        var site = new Site();
        registry.Add(site, "/p/Site.dll");

        registry.PluginOf(site).Should().Be("/p/Site.dll");
        registry.PluginOf(registry.Find("coder")!.Profile).Should().BeNull();
    }

    [Fact]
    public void An_error_a_plugin_throws_in_Declare_names_the_profile_the_class_and_the_plugin()
    {
        var registry = new ProfileRegistry();
        registry.Add(new Refusing(), "/p/Site.dll");

        var declare = () => ProfileCatalog.Of(registry).Declarations.Of(registry.Find("refusing")!);

        declare.Should().Throw<ProfileException>()
            .WithMessage($"profile 'refusing' ({typeof(Refusing).FullName}, /p/Site.dll): Declare: the licence key is not set");
    }

    private sealed class Refusing : Profile
    {
        public override string Slug => "refusing";

        protected override void Declare(SettingDefaults settings) => throw new ProfileException("the licence key is not set");
    }

    private sealed class Keeper : IProfileRegistrar
    {
        public IProfileRegistry? Kept { get; private set; }

        public void Register(IProfileRegistry registry) => Kept = registry;
    }

    private sealed class Threaded : IProfileRegistrar
    {
        public Exception? Failure { get; private set; }

        public void Register(IProfileRegistry registry)
        {
            var thread = new Thread(() =>
            {
                try
                {
                    registry.Add(new Site());
                }
                catch (Exception e)
                {
                    Failure = e;
                }
            });
            thread.Start();
            thread.Join();
        }
    }

    private sealed class Site : Profile
    {
        public override string Slug => "site";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Site");
            settings.Set(CoreSettings.Description, "a site profile");
            settings.Set(CoreSettings.Image, "example/site:1");
        }
    }
}
