using FluentAssertions;
using WorkspaceConfigurator.Build.SitePatches;
using WorkspaceConfigurator.Layers.Items;

namespace WorkspaceConfigurator.Tests.Build.SitePatches;

/// <summary>Every kind of named item a values file may give is applied to the spec: none is read and then dropped.</summary>
public sealed class ItemAppliersTests
{
    [Fact]
    public void Each_kind_a_values_file_may_give_has_one_applier_in_the_same_order() =>
        ItemAppliers.All.Select(a => a.Kind).Should().Equal(ItemKinds.All);
}
