<?php
/**
 * The four elements and the attributes each one accepts: the one list that the blocks, the
 * shortcodes, the attribute checks and the renderer all read.
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every element, keyed by its short name (the block name after "hf-widgets/").
 *
 * Each attribute has the element's HTML name as key and:
 * - `kind`: `flag` (a boolean attribute), `choice` (one of `values`), `hotlines` (ids of the
 *   document's hotlines), `group` (id of one of the document's beneficiary groups),
 *   `exit_url` (an absolute http(s) address of another page), `heading_level` (2 to 6) or
 *   `lang` (a language the elements speak);
 * - `block`: the block attribute's name (camelCase, as in block.json).
 *
 * @return array<string, array{tag: string, shortcode: string, script: string, attributes: array<string, array>}>
 */
function hf_widgets_elements() {
	$common = array(
		'heading-level' => array(
			'kind'  => 'heading_level',
			'block' => 'headingLevel',
		),
		'theme'         => array(
			'kind'   => 'choice',
			'values' => array( 'light', 'dark' ),
			'block'  => 'theme',
		),
		'lang'          => array(
			'kind'  => 'lang',
			'block' => 'lang',
		),
	);
	return array(
		'hotline-banner'   => array(
			'tag'        => 'hf-hotline-banner',
			'shortcode'  => 'hf_hotline_banner',
			'script'     => 'hf-hotline-banner.js',
			'attributes' => array(
				'hotlines'           => array(
					'kind'  => 'hotlines',
					'block' => 'hotlines',
				),
				'quick-exit'         => array(
					'kind'  => 'flag',
					'block' => 'quickExit',
				),
				'exit-url'           => array(
					'kind'  => 'exit_url',
					'block' => 'exitUrl',
				),
				'dismissible'        => array(
					'kind'  => 'flag',
					'block' => 'dismissible',
				),
				'remember-dismissal' => array(
					'kind'  => 'flag',
					'block' => 'rememberDismissal',
				),
				'position'           => array(
					'kind'   => 'choice',
					'values' => array( 'inline', 'top', 'bottom' ),
					'block'  => 'position',
				),
				'variant'            => array(
					'kind'   => 'choice',
					'values' => array( 'full', 'compact' ),
					'block'  => 'variant',
				),
			) + $common,
		),
		'action-card'      => array(
			'tag'        => 'hf-action-card',
			'shortcode'  => 'hf_action_card',
			'script'     => 'hf-action-card.js',
			'attributes' => array(
				'variant'  => array(
					'kind'   => 'choice',
					'values' => array( 'full', 'compact' ),
					'block'  => 'variant',
				),
				'expanded' => array(
					'kind'  => 'flag',
					'block' => 'expanded',
				),
			) + $common,
		),
		'budget-breakdown' => array(
			'tag'        => 'hf-budget-breakdown',
			'shortcode'  => 'hf_budget_breakdown',
			'script'     => 'hf-budget-breakdown.js',
			'attributes' => array(
				'chart'      => array(
					'kind'   => 'choice',
					'values' => array( 'bar', 'donut' ),
					'block'  => 'chart',
				),
				'show-table' => array(
					'kind'  => 'flag',
					'block' => 'showTable',
				),
			) + $common,
		),
		'beneficiary-list' => array(
			'tag'        => 'hf-beneficiary-list',
			'shortcode'  => 'hf_beneficiary_list',
			'script'     => 'hf-beneficiary-list.js',
			'attributes' => array(
				'group'     => array(
					'kind'  => 'group',
					'block' => 'group',
				),
				'collapsed' => array(
					'kind'  => 'flag',
					'block' => 'collapsed',
				),
				'filter'    => array(
					'kind'  => 'flag',
					'block' => 'filter',
				),
			) + $common,
		),
	);
}

/**
 * The languages the elements speak, as `lang` values.
 *
 * @return string[]
 */
function hf_widgets_languages() {
	return array( 'en', 'sr-Cyrl', 'sr-Latn' );
}

/**
 * The default exit address: a neutral page that phones open in the browser, not in an app.
 */
const HF_WIDGETS_DEFAULT_EXIT_URL = 'https://www.google.com/webhp';
