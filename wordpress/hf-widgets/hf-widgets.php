<?php
/**
 * Plugin Name:       HF widgets
 * Description:       Hotline banner with quick exit, action card, budget breakdown and beneficiary list of the action "Strengthening anti-trafficking action in Serbia", as blocks and shortcodes that Authors and Contributors can place.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       hf-widgets
 * Domain Path:       /languages
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'HF_WIDGETS_VERSION', '0.1.0' );
define( 'HF_WIDGETS_FILE', __FILE__ );
define( 'HF_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once HF_WIDGETS_DIR . 'includes/elements.php';
require_once HF_WIDGETS_DIR . 'includes/action-data.php';
require_once HF_WIDGETS_DIR . 'includes/attributes.php';
require_once HF_WIDGETS_DIR . 'includes/render.php';
require_once HF_WIDGETS_DIR . 'includes/assets.php';
require_once HF_WIDGETS_DIR . 'includes/blocks.php';
require_once HF_WIDGETS_DIR . 'includes/shortcodes.php';
require_once HF_WIDGETS_DIR . 'includes/settings.php';

add_action( 'init', 'hf_widgets_load_textdomain', 0 );
add_action( 'init', 'hf_widgets_register_scripts' );
add_action( 'init', 'hf_widgets_register_blocks' );
add_action( 'init', 'hf_widgets_register_shortcodes' );

/**
 * Loads the plugin's own translations (wp-admin strings, notices, block labels).
 */
function hf_widgets_load_textdomain() {
	load_plugin_textdomain( 'hf-widgets', false, dirname( plugin_basename( HF_WIDGETS_FILE ) ) . '/languages' );
}
