using System.Resources;

// SharedResource.resx holds Bahasa Indonesia, the program's default language.
[assembly: NeutralResourcesLanguage("id")]
