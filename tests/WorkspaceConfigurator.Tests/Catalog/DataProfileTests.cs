using System.Reflection;
using FluentAssertions;
using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Tests.Catalog;

/// <summary>A profile defined as data runs the hooks of the class it extends: every hook, including any added to <see cref="Profile"/> later.</summary>
public sealed class DataProfileTests
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void Every_hook_of_Profile_is_handed_to_the_class_a_data_profile_extends()
    {
        var hooks = typeof(Profile).GetMethods(Instance)
            .Where(m => m.DeclaringType == typeof(Profile) && m.IsVirtual && m.GetParameters() is [{ ParameterType: var type }] && type == typeof(ProfileContext))
            .ToList();
        hooks.Should().HaveCountGreaterThan(10);
        foreach (var hook in hooks)
        {
            typeof(DataProfile).GetMethod(hook.Name, Instance, [typeof(ProfileContext)])!.DeclaringType.Should().Be(typeof(DataProfile), $"{hook.Name} must run the extended class's hook");
        }
    }

    [Theory]
    [InlineData(nameof(Profile.Family))]
    [InlineData(nameof(Profile.BashLoginPath))]
    [InlineData(nameof(Profile.BashrcPath))]
    [InlineData(nameof(Profile.InitScriptPath))]
    public void The_class_s_family_and_assets_come_with_it(string property) =>
        typeof(DataProfile).GetProperty(property, Instance)!.DeclaringType.Should().Be(typeof(DataProfile));
}
