using System.Reflection;
using FluentAssertions;
using WorkspaceConfigurator.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>The checks made on a plugin's metadata before it loads, on facts made up for each case.</summary>
public sealed class PluginCompatibilityTests
{
    private static readonly Version Contract = new(1, 0, 0, 0);

    [Theory]
    [InlineData(".NETCoreApp,Version=v10.0")]
    [InlineData(".NETCoreApp,Version=v8.0")]
    [InlineData(".NETCoreApp,Version=v3.1")]
    public void Dotnet_up_to_the_runtime_major_is_accepted(string framework)
    {
        var check = () => PluginCompatibility.Check(Facts(framework, ("WorkspaceConfigurator.Contract", "1.0.0.0")), 10, Contract);

        check.Should().NotThrow();
    }

    [Theory]
    [InlineData(".NETCoreApp,Version=v11.0")]
    [InlineData(".NETFramework,Version=v4.8")]
    [InlineData(".NETStandard,Version=v2.1")]
    [InlineData("not a framework name")]
    public void Other_frameworks_are_refused_naming_the_file_and_the_framework(string framework)
    {
        var check = () => PluginCompatibility.Check(Facts(framework), 10, Contract);

        check.Should().Throw<ProfileException>()
            .WithMessage($"plugin '/plugins/Site.dll' is built for {framework}, which this wsconf (.NET 10) cannot load; build it for net10.0 (<TargetFramework>net10.0</TargetFramework>)");
    }

    [Fact]
    public void An_assembly_without_a_target_framework_is_refused()
    {
        var check = () => PluginCompatibility.Check(Facts(null), 10, Contract);

        check.Should().Throw<ProfileException>().WithMessage("plugin '/plugins/Site.dll' has no TargetFrameworkAttribute*");
    }

    [Theory]
    [InlineData("WorkspaceConfigurator.Contract", "2.0.0.0")]
    [InlineData("WorkspaceConfigurator.Profiles", "0.9.0.0")]
    [InlineData("WorkspaceConfigurator", "2.0.0.0")]
    public void Another_contract_major_is_refused(string assembly, string version)
    {
        var check = () => PluginCompatibility.Check(Facts(".NETCoreApp,Version=v10.0", (assembly, version)), 10, Contract);

        check.Should().Throw<ProfileException>()
            .WithMessage($"plugin '/plugins/Site.dll' is built against wsconf contract {new Version(version).ToString(3)} ({assembly} {version}); this wsconf provides contract 1.0.0: rebuild the plugin against it");
    }

    [Fact]
    public void An_earlier_or_the_same_minor_of_the_contract_major_is_accepted()
    {
        var host = new Version(1, 3, 0);

        foreach (var version in new[] { "1.0.0.0", "1.3.0.0", "1.3.7.0" })
        {
            var check = () => PluginCompatibility.Check(Facts(".NETCoreApp,Version=v10.0", ("WorkspaceConfigurator.Contract", version)), 10, host);
            check.Should().NotThrow(version);
        }
    }

    [Fact]
    public void A_later_minor_of_the_built_in_families_is_refused_as_the_contracts_is()
    {
        var check = () => PluginCompatibility.Check(Facts(".NETCoreApp,Version=v10.0", ("WorkspaceConfigurator.Profiles", "1.2.0.0")), 10, Contract);

        check.Should().Throw<ProfileException>().WithMessage("*built against wsconf contract 1.2.0 (WorkspaceConfigurator.Profiles 1.2.0.0)*, which lacks what 1.2 added*");
    }

    [Fact]
    public void The_engine_name_counts_only_by_its_major_version_the_contract_it_was_before_3_0()
    {
        var sameMajor = () => PluginCompatibility.Check(Facts(".NETCoreApp,Version=v10.0", ("WorkspaceConfigurator", "1.5.0.0")), 10, Contract);
        var oldMajor = () => PluginCompatibility.Check(Facts(".NETCoreApp,Version=v10.0", ("WorkspaceConfigurator", "0.5.0.0")), 10, Contract);

        sameMajor.Should().NotThrow();
        oldMajor.Should().Throw<ProfileException>().WithMessage("*contract 0.5.0 (WorkspaceConfigurator 0.5.0.0); this wsconf provides contract 1.0.0: rebuild the plugin against it");
    }

    [Fact]
    public void A_later_minor_of_the_contract_is_refused_since_it_may_use_what_this_one_lacks()
    {
        var check = () => PluginCompatibility.Check(Facts(".NETCoreApp,Version=v10.0", ("WorkspaceConfigurator.Contract", "1.3.0.0")), 10, Contract);

        check.Should().Throw<ProfileException>().WithMessage(
            "plugin '/plugins/Site.dll' is built against wsconf contract 1.3.0 (WorkspaceConfigurator.Contract 1.3.0.0); this wsconf provides contract 1.0.0, which lacks what 1.3 added: use a wsconf that provides it, or rebuild the plugin against 1.0");
    }

    private static AssemblyFacts Facts(string? framework, params (string Name, string Version)[] references) => new(
        "/plugins/Site.dll",
        new AssemblyName("Site"),
        framework,
        references.Select(r => new AssemblyName($"{r.Name}, Version={r.Version}")).ToList(),
        DeclaresRegistrar: true);
}
