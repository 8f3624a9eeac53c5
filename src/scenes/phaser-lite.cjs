/**
 * The parts of Phaser this game uses: the game loop, scenes, the scale manager, the loader, tweens, Graphics and Text.
 * Phaser's own no-physics entry point (node_modules/phaser/src/phaser-no-physics.js, MIT) minus the namespaces the game
 * never touches (tilemaps, curves, actions, DOM elements, filters, input plugins, animations, every loader file type but
 * binary, every game object but Graphics and Text, and the Geom and Utils namespaces, ~10 kB gzip: the scenes draw with
 * Graphics and use Phaser.Math): each drops its code from the bundle. What Phaser's
 * core needs internally it still requires itself. Built with the feature flags in vite.config.ts.
 */
require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

var Phaser = {
    BlendModes: require('../../node_modules/phaser/src/renderer/BlendModes'),
    Cache: require('../../node_modules/phaser/src/cache'),
    Cameras: require('../../node_modules/phaser/src/cameras'),
    Core: require('../../node_modules/phaser/src/core'),
    Class: require('../../node_modules/phaser/src/utils/Class'),
    Data: require('../../node_modules/phaser/src/data'),
    Display: require('../../node_modules/phaser/src/display'),
    Events: require('../../node_modules/phaser/src/events'),
    Game: require('../../node_modules/phaser/src/core/Game'),
    GameObjects: gameObjects(),
    // the loader with the one file type the boot scene uses (binary: it warms the sound files)
    Loader: {
        LoaderPlugin: require('../../node_modules/phaser/src/loader/LoaderPlugin'),
        FileTypes: { BinaryFile: require('../../node_modules/phaser/src/loader/filetypes/BinaryFile') }
    },
    Math: require('../../node_modules/phaser/src/math'),
    Plugins: require('../../node_modules/phaser/src/plugins'),
    Renderer: require('../../node_modules/phaser/src/renderer'),
    Scale: require('../../node_modules/phaser/src/scale'),
    ScaleModes: require('../../node_modules/phaser/src/renderer/ScaleModes'),
    Scene: require('../../node_modules/phaser/src/scene/Scene'),
    Scenes: require('../../node_modules/phaser/src/scene'),
    Structs: require('../../node_modules/phaser/src/structs'),
    Textures: require('../../node_modules/phaser/src/textures'),
    Time: require('../../node_modules/phaser/src/time'),
    TintModes: require('../../node_modules/phaser/src/renderer/TintModes'),
    Tweens: require('../../node_modules/phaser/src/tweens')
};

/** Only the game objects the scenes draw with (Graphics and Text); requiring a factory registers it with the scenes. */
function gameObjects() {
    return {
        Events: require('../../node_modules/phaser/src/gameobjects/events'),
        DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList'),
        GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
        GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
        UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList'),
        Components: require('../../node_modules/phaser/src/gameobjects/components'),
        GetCalcMatrix: require('../../node_modules/phaser/src/gameobjects/GetCalcMatrix'),
        BuildGameObject: require('../../node_modules/phaser/src/gameobjects/BuildGameObject'),
        GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject'),
        Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
        Text: require('../../node_modules/phaser/src/gameobjects/text/Text'),
        TextStyle: require('../../node_modules/phaser/src/gameobjects/text/TextStyle'),
        Factories: {
            Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
            Text: require('../../node_modules/phaser/src/gameobjects/text/TextFactory')
        },
        Creators: {
            Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
            Text: require('../../node_modules/phaser/src/gameobjects/text/TextCreator')
        }
    };
}

Phaser = Extend(false, Phaser, CONST);
module.exports = Phaser;
global.Phaser = Phaser;
