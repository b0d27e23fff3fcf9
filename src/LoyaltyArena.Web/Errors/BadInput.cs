using LoyaltyArena.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Errors;

/// <summary>
/// Form input the framework itself trips over becomes a plain validation message in the member's language:
/// model-binding messages are localized, jQuery-style keys ("a[") are not parsed at all (no form here sends
/// them), and a checkbox posted with a value that is not a boolean re-renders unchecked instead of throwing.
/// </summary>
public static class BadInput
{
    public static IServiceCollection AddArenaBadInput(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        // After MVC's own set-up, which adds the jQuery providers.
        services.PostConfigure<MvcOptions>(o =>
        {
            o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            // Required-ness is said with [Required] and a message of ours, never implied in English by the type.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.Filters.Add<CheckboxesSurviveBadValues>();
        });
        return services;
    }

    private sealed class LocalizedBindingMessages(IStringLocalizer<SharedResource> text) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var m = options.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, _) => text["Input.NotValid", value]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Input.NotValid", value]);
            m.SetValueIsInvalidAccessor(value => text["Input.NotValid", value]);
            m.SetUnknownValueIsInvalidAccessor(_ => text["Input.Invalid"]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Input.Invalid"]);
            m.SetValueMustBeANumberAccessor(_ => text["Input.NotANumber"]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => text["Input.NotANumber"]);
            m.SetValueMustNotBeNullAccessor(_ => text["Input.Required"]);
            m.SetMissingBindRequiredValueAccessor(_ => text["Input.Required"]);
            m.SetMissingKeyOrValueAccessor(() => text["Input.Required"]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => text["Input.Required"]);
        }
    }

    /// <summary>
    /// The checkbox tag helper converts the posted value back to a boolean when it re-renders a form; "abc"
    /// would throw there. Such a value is dropped after binding (the error message stays).
    /// </summary>
    private sealed class CheckboxesSurviveBadValues(IModelMetadataProvider metadata) : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            foreach (var (key, entry) in context.ModelState)
            {
                if (entry.ValidationState != ModelValidationState.Invalid || entry.AttemptedValue is null || bool.TryParse(entry.AttemptedValue, out _)) continue;
                if (TypeAt(context.HandlerInstance.GetType(), key) is { } type && (type == typeof(bool) || type == typeof(bool?)))
                    context.ModelState.SetModelValue(key, rawValue: null, attemptedValue: null);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }

        private Type? TypeAt(Type type, string key)
        {
            foreach (var part in key.Split('.'))
            {
                var name = part.Split('[')[0];
                if (metadata.GetMetadataForType(type).Properties[name] is not { } property) return null;
                type = property.ModelType;
            }
            return type;
        }
    }
}
